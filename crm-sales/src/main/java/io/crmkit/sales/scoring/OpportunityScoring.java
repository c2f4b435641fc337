package io.crmkit.sales.scoring;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores crmkit {@link Opportunity}s: a {@link ScoringExtractor} over an opportunity's fields, and its win
 * probability with its pipeline stage's default probability as the prior ({@link OpportunityWinProbability}).
 * Fields it answers:
 *
 * <ul>
 *   <li>{@code stage_id} / {@code stage}: the stage key; {@code stage_probability}: the stage's default
 *       probability from the {@link PipelineCatalog} (a {@code Long}); {@code probability}: the opportunity's
 *       own (owner-set or the stage's); {@code pipeline}, {@code status}, {@code forecast_category} in lower case;
 *   <li>{@code source_id} / {@code source}: what {@link #withSource} says (crmkit opportunities carry no source;
 *       a host passes the originating lead's, for example); absent by default;
 *   <li>{@code amount} ({@code BigDecimal}), {@code currency}, and {@code amount_band}: the band of {@link
 *       #withAmountBands} the amount falls in, e.g. {@code "10000-50000 EUR"} (absent without bands or for an
 *       opportunity in another currency than the bands');
 *   <li>{@code competitor_count} ({@code Long}), {@code competitors} (the names), {@code has_primary_contact},
 *       {@code has_next_step} ({@code Boolean}), {@code line_item_count} ({@code Long}), {@code close_date},
 *       {@code account_id}, {@code owner}; {@code team_id}: the owning team when a team owns it; {@code
 *       create_date}: when it was created.
 * </ul>
 *
 * <p>Opportunities have no engagement of their own here; score the contact's for that.
 *
 * <pre>{@code
 * OpportunityScoring scoring = OpportunityScoring.of(catalog).withAmountBands(List.of(Money.of("10000", "EUR")));
 * WinProbability p = scoring.winProbability(deal, OpportunityWinProbability.of(PredictiveLeadScorer.of(model, table)));
 * }</pre>
 */
public final class OpportunityScoring implements ScoringExtractor<Opportunity> {
  private final PipelineCatalog catalog;
  private final List<Money> bands;
  private final Function<Opportunity, Optional<String>> source;

  private OpportunityScoring(PipelineCatalog catalog, List<Money> bands, Function<Opportunity, Optional<String>> source) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.bands = List.copyOf(bands);
    this.source = Objects.requireNonNull(source, "source");
    for (int i = 0; i < this.bands.size(); i++) {
      Money b = this.bands.get(i);
      ValidationException.check(
          b.currency().equals(this.bands.get(0).currency()), "amountBands[" + i + "]", "must all be in one currency but " + b + " is not");
      ValidationException.check(
          i == 0 || b.isGreaterThan(this.bands.get(i - 1)), "amountBands[" + i + "]", "must increase but " + b + " does not");
    }
  }

  /** Reads opportunities on {@code catalog}'s pipelines; no amount bands, no source. */
  public static OpportunityScoring of(PipelineCatalog catalog) {
    return new OpportunityScoring(catalog, List.of(), o -> Optional.empty());
  }

  /**
   * This extractor with amount bands split at {@code bounds} (strictly increasing, one currency): below the
   * first, between neighbours (lower bound included), at or above the last.
   */
  public OpportunityScoring withAmountBands(List<Money> bounds) {
    return new OpportunityScoring(catalog, bounds, source);
  }

  /** This extractor reading {@code source_id} through {@code value}. */
  public OpportunityScoring withSource(Function<Opportunity, Optional<String>> value) {
    return new OpportunityScoring(catalog, bands, value);
  }

  /**
   * The default probability of {@code opportunity}'s stage in its pipeline, in percent.
   *
   * @throws ValidationException if the catalog does not know the pipeline or the stage
   */
  public int stageProbability(Opportunity opportunity) {
    return stage(opportunity).defaultProbability();
  }

  /**
   * The win probability of {@code opportunity}: its stage's default probability as the prior (not an
   * owner-set probability), updated by the naive-Bayes evidence of its values in {@code wins}' table.
   */
  public WinProbability winProbability(Opportunity opportunity, OpportunityWinProbability wins, PredictiveScoringModel model) {
    Objects.requireNonNull(wins, "wins");
    Objects.requireNonNull(model, "model");
    return wins.estimate(BigDecimal.valueOf(stageProbability(opportunity)), model.observe(opportunity, this));
  }

  /** What a closed opportunity teaches predictive scoring (won or lost); empty while it is open. */
  public Optional<ClosedLead> closed(Opportunity opportunity, PredictiveScoringModel model) {
    Objects.requireNonNull(opportunity, "opportunity");
    if (opportunity.status() == OpportunityStatus.OPEN) {
      return Optional.empty();
    }
    return Optional.of(new ClosedLead(
        model.observe(opportunity, this), opportunity.status() == OpportunityStatus.WON ? PlsOutcome.WON : PlsOutcome.LOST));
  }

  @Override
  public TenantId tenantId(Opportunity record) {
    return record.tenantId();
  }

  @Override
  public RecordRef ref(Opportunity record) {
    return record.ref();
  }

  @Override
  public List<?> values(Opportunity o, String field) {
    Objects.requireNonNull(o, "opportunity");
    Objects.requireNonNull(field, "field");
    return switch (field) {
      case PredictiveScoringModel.STAGE_VARIABLE, "stage" -> List.of(o.stage());
      case "stage_probability" -> List.of((long) stageProbability(o));
      case "probability" -> List.of((long) o.probability());
      case "pipeline" -> List.of(o.pipeline());
      case "status" -> List.of(o.status().name().toLowerCase(Locale.ROOT));
      case "forecast_category" -> List.of(o.forecastCategory().name().toLowerCase(Locale.ROOT));
      case "source_id", "source" -> source.apply(o).map(List::<Object>of).orElse(List.of());
      case "amount" -> List.of(o.amount().amount());
      case "currency" -> List.of(o.currency().getCurrencyCode());
      case "amount_band" -> band(o.amount()).map(List::<Object>of).orElse(List.of());
      case "competitor_count" -> List.of((long) o.competitors().size());
      case "competitors" -> o.competitors();
      case "has_primary_contact" -> List.of(o.primaryContact().isPresent());
      case "has_next_step" -> List.of(o.nextStep().isPresent());
      case "line_item_count" -> List.of((long) o.lineItems().size());
      case "close_date" -> List.of(o.closeDate());
      case "account_id" -> List.of(o.account().value());
      case "owner" -> List.of(o.owner().toString());
      case PredictiveScoringModel.TEAM_FIELD ->
          o.owner().kind() == Owner.Kind.TEAM ? List.of(o.owner().id()) : List.of();
      case PredictiveScoringModel.CREATED_FIELD, "createdAt" -> List.of(o.createdAt());
      default -> List.of();
    };
  }

  private Stage stage(Opportunity o) {
    Objects.requireNonNull(o, "opportunity");
    return catalog.require(o.pipeline()).requireStage(o.stage());
  }

  private Optional<String> band(Money amount) {
    if (bands.isEmpty() || !bands.get(0).currency().equals(amount.currency())) {
      return Optional.empty();
    }
    String cur = " " + amount.currency().getCurrencyCode();
    if (amount.isLessThan(bands.get(0))) {
      return Optional.of("<" + plain(bands.get(0)) + cur);
    }
    for (int i = 1; i < bands.size(); i++) {
      if (amount.isLessThan(bands.get(i))) {
        return Optional.of(plain(bands.get(i - 1)) + "-" + plain(bands.get(i)) + cur);
      }
    }
    return Optional.of(">=" + plain(bands.get(bands.size() - 1)) + cur);
  }

  private static String plain(Money m) {
    return m.amount().stripTrailingZeros().toPlainString();
  }
}
