package io.crmkit.testkit.arbitrary;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Amounts of {@link Money} in every ISO 4217 currency the JDK knows (0, 2, 3 and 4 fraction digits, metals
 * and funds), up to ±10¹³, mostly in the currency's own scale and sometimes with more digits (as
 * {@link Money#times} leaves them). Edge cases: zero, the smallest unit, its negation.
 *
 * <p>{@code CrmArbitraries.money().inCurrency(Money.currency("JPY")).nonNegative().rounded()}
 */
public final class MoneyArbitrary extends ArbitraryDecorator<Money> {
  private static final long MAX_UNSCALED = 10_000_000_000_000L;

  private Optional<Currency> currency = Optional.empty();
  private boolean nonNegative;
  private boolean rounded;

  MoneyArbitrary() {}

  /** Amounts in {@code currency} only. */
  public MoneyArbitrary inCurrency(Currency currency) {
    MoneyArbitrary clone = typedClone();
    clone.currency = Optional.of(Objects.requireNonNull(currency, "currency"));
    return clone;
  }

  /** Amounts of zero or more. */
  public MoneyArbitrary nonNegative() {
    MoneyArbitrary clone = typedClone();
    clone.nonNegative = true;
    return clone;
  }

  /** Amounts with no more fraction digits than the currency uses ({@link Money#isRounded()}). */
  public MoneyArbitrary rounded() {
    MoneyArbitrary clone = typedClone();
    clone.rounded = true;
    return clone;
  }

  @Override
  protected Arbitrary<Money> arbitrary() {
    Arbitrary<Currency> currencies = currency.<Arbitrary<Currency>>map(Arbitraries::just).orElseGet(Currencies::currencies);
    return currencies.flatMap(this::amounts);
  }

  private Arbitrary<Money> amounts(Currency c) {
    int digits = Money.fractionDigits(c);
    Arbitrary<Integer> extra = rounded ? Arbitraries.just(0) : Arbitraries.frequency(
        net.jqwik.api.Tuple.of(5, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 4));
    Arbitrary<Long> unscaled = Arbitraries.longs().between(nonNegative ? 0 : -MAX_UNSCALED, MAX_UNSCALED);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
    List<Money> edges =
        nonNegative
            ? List.of(Money.zero(c), Money.of(unit, c))
            : List.of(Money.zero(c), Money.of(unit, c), Money.of(unit.negate(), c));
    return Combinators.combine(unscaled, extra)
        .as((u, e) -> Money.of(BigDecimal.valueOf(u, digits + e), c))
        .edgeCases(cfg -> cfg.add(edges.toArray(Money[]::new)));
  }
}
