package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shares an opportunity's amount among the campaigns that touched it before it closed, by an {@link
 * AttributionModel}; plain values in, so crm-marketing needs nothing from crm-sales:
 * {@code CampaignInfluence.attribute("opp-1", Money.of("1000", "EUR"), closedAt, touches, AttributionModel.even())}.
 *
 * <p>Touches after the close are ignored; several touches of one campaign add up. Weights sum to 1 and the
 * amounts, rounded to the currency's digits by largest remainder, sum exactly to the (rounded) amount.
 */
public final class CampaignInfluence {
  private static final MathContext MC = MathContext.DECIMAL64;

  private CampaignInfluence() {}

  /** The shares of {@code opportunityId}, one per influencing campaign in order of first touch; empty without touches. */
  public static List<InfluenceShare> attribute(String opportunityId, Money amount, Instant closedAt, List<Touch> touches, AttributionModel model) {
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(touches, "touches");
    Objects.requireNonNull(model, "model");
    ValidationException.check(!amount.isNegative(), "amount", "must not be negative");
    List<Touch> ordered = touches.stream().filter(t -> !t.at().isAfter(closedAt))
        .sorted(Comparator.comparing(Touch::at).thenComparing(t -> t.campaign().value())).toList();
    if (ordered.isEmpty()) {
      return List.of();
    }
    BigDecimal[] w = weights(ordered, closedAt, model);
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal x : w) {
      sum = sum.add(x);
    }
    Map<CampaignId, BigDecimal> byCampaign = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byCampaign.merge(ordered.get(i).campaign(), w[i].divide(sum, MC), BigDecimal::add);
    }
    return share(opportunityId, amount.rounded(), byCampaign);
  }

  private static BigDecimal[] weights(List<Touch> t, Instant closedAt, AttributionModel model) {
    int n = t.size();
    BigDecimal[] w = new BigDecimal[n];
    java.util.Arrays.fill(w, BigDecimal.ZERO);
    if (model instanceof AttributionModel.FirstTouch) {
      w[0] = BigDecimal.ONE;
    } else if (model instanceof AttributionModel.LastTouch) {
      w[n - 1] = BigDecimal.ONE;
    } else if (model instanceof AttributionModel.Even) {
      java.util.Arrays.fill(w, BigDecimal.ONE);
    } else if (model instanceof AttributionModel.TimeDecay d) {
      double half = d.halfLife().toMillis();
      for (int i = 0; i < n; i++) {
        double age = Duration.between(t.get(i).at(), closedAt).toMillis();
        w[i] = new BigDecimal(Math.max(Math.pow(2.0, -age / half), Double.MIN_NORMAL), MC);
      }
    } else if (model instanceof AttributionModel.PositionBased p) {
      if (n == 1) {
        w[0] = BigDecimal.ONE;
      } else if (n == 2) {
        w[0] = p.first();
        w[1] = p.last();
      } else {
        BigDecimal middle = BigDecimal.ONE.subtract(p.first()).subtract(p.last()).divide(BigDecimal.valueOf(n - 2L), MC);
        java.util.Arrays.fill(w, middle);
        w[0] = p.first();
        w[n - 1] = p.last();
      }
    }
    return w;
  }

  private static List<InfluenceShare> share(String opportunityId, Money amount, Map<CampaignId, BigDecimal> weights) {
    int digits = Money.fractionDigits(amount.currency());
    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
    List<CampaignId> ids = new ArrayList<>(weights.keySet());
    BigDecimal[] floor = new BigDecimal[ids.size()];
    BigDecimal[] remainder = new BigDecimal[ids.size()];
    BigDecimal allotted = BigDecimal.ZERO;
    for (int i = 0; i < ids.size(); i++) {
      BigDecimal exact = amount.amount().multiply(weights.get(ids.get(i)), MC);
      floor[i] = exact.setScale(digits, RoundingMode.FLOOR);
      remainder[i] = exact.subtract(floor[i]);
      allotted = allotted.add(floor[i]);
    }
    long left = amount.amount().subtract(allotted).divide(unit, 0, RoundingMode.HALF_EVEN).longValueExact();
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = remainder[b].compareTo(remainder[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < left; k++) {
      int i = order[k % order.length];
      floor[i] = floor[i].add(unit);
    }
    List<InfluenceShare> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      BigDecimal weight = weights.get(ids.get(i)).min(BigDecimal.ONE);
      out.add(new InfluenceShare(opportunityId, ids.get(i), weight, new Money(floor[i], amount.currency())));
    }
    return List.copyOf(out);
  }
}
