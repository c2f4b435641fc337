package io.crmkit.core.money;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A thread-safe, in-memory {@link ExchangeRates}: rates are added at any time and read concurrently.
 *
 * <pre>{@code
 * InMemoryExchangeRates rates = new InMemoryExchangeRates()
 *     .add(new ExchangeRate(EUR, USD, new BigDecimal("1.08"), LocalDate.parse("2026-01-01")));
 * }</pre>
 *
 * <p>The rate in force on a date is the one with the latest {@code validFrom} on or before it. The same
 * currency converts at 1. When no direct rate is in force, the inverse of the reverse rate in force is used
 * (a known USD→EUR rate answers EUR→USD). Adding a rate for a pair and date that already has one replaces it.
 */
public final class InMemoryExchangeRates implements ExchangeRates {
  private final Map<Pair, NavigableMap<LocalDate, ExchangeRate>> rates = new ConcurrentHashMap<>();

  private record Pair(Currency from, Currency to) {}

  /** Adds (or replaces) a rate; returns this for chaining. */
  public InMemoryExchangeRates add(ExchangeRate rate) {
    Objects.requireNonNull(rate, "rate");
    if (!rate.from().equals(rate.to())) {
      rates.computeIfAbsent(new Pair(rate.from(), rate.to()), p -> new ConcurrentSkipListMap<>())
          .put(rate.validFrom(), rate);
    }
    return this;
  }

  /** Adds every rate of {@code all}. */
  public InMemoryExchangeRates addAll(Collection<ExchangeRate> all) {
    all.forEach(this::add);
    return this;
  }

  /** Every stored rate (without derived inverses), for inspection. */
  public List<ExchangeRate> all() {
    return rates.values().stream().flatMap(m -> m.values().stream()).toList();
  }

  @Override
  public Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate on) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    if (from.equals(to)) {
      return Optional.of(ExchangeRate.identity(from));
    }
    Optional<ExchangeRate> direct = inForce(new Pair(from, to), on);
    if (direct.isPresent()) {
      return direct;
    }
    return inForce(new Pair(to, from), on).map(ExchangeRate::inverse);
  }

  private Optional<ExchangeRate> inForce(Pair pair, LocalDate on) {
    NavigableMap<LocalDate, ExchangeRate> byDate = rates.get(pair);
    if (byDate == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byDate.floorEntry(on)).map(Map.Entry::getValue);
  }
}
