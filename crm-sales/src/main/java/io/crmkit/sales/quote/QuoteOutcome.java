package io.crmkit.sales.quote;

import io.crmkit.core.event.DomainEvent;
import java.util.Objects;

/**
 * A quote after a decision and the event to publish with it; store the quote and publish the event together.
 *
 * <p>{@code QuoteOutcome<QuoteAccepted> done = quote.accept(clock); repo.update(done.quote()); publisher.publish(done.event());}
 */
public record QuoteOutcome<E extends DomainEvent>(Quote quote, E event) {
  public QuoteOutcome {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(event, "event");
  }
}
