package io.crmkit.core.query;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for one page of a keyset-paged listing: at most {@code size} records after the position that
 * {@code after} (a cursor from the previous {@link Page}) marks. Pages never skip or repeat a record of an
 * unchanged data set, however deep the paging goes.
 *
 * <p>{@code PageRequest.first(100)}, then {@code page.next().orElseThrow()}.
 */
public record PageRequest(int size, Optional<String> after) {
  /** The largest page a store must serve. */
  public static final int MAX_SIZE = 10_000;

  public PageRequest {
    Objects.requireNonNull(after, "after");
    ValidationException.check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE + " but was " + size);
  }

  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }

  public static PageRequest after(String cursor, int size) {
    return new PageRequest(size, Optional.of(cursor));
  }
}
