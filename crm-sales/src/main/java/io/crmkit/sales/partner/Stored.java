package io.crmkit.sales.partner;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.store.Repository;
import java.util.Objects;

/** Reads a stored record at the version a caller read, so that a stale write fails before anything is decided. */
final class Stored {
  private Stored() {}

  /**
   * The stored record {@code id}, which must be at {@code expectedVersion}.
   *
   * @throws io.crmkit.core.NotFoundException if there is no such record
   * @throws ConcurrencyConflictException if its version is not {@code expectedVersion}
   */
  static <T extends Aggregate<I>, I extends EntityId> T at(Repository<T, I> repository, I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    T stored = repository.get(id);
    if (stored.version() != expectedVersion) {
      throw new ConcurrencyConflictException(repository.type().name(), id.value(), expectedVersion, stored.version());
    }
    return stored;
  }
}
