package io.crmkit.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a keyset-paged listing and the cursor of the next page, absent on the last page.
 *
 * @param <T> the record type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor, int size) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }

  /** The request for the next page, if there is one. */
  public Optional<PageRequest> next() {
    return nextCursor.map(c -> PageRequest.after(c, size));
  }

  public boolean isLast() {
    return nextCursor.isEmpty();
  }
}
