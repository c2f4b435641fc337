package io.crmkit.core.privacy;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A contact refused because it is a person erased on request; {@link #match()} says which erasure and by
 * which identifier. Thrown by {@link ErasureGuard#requireNotErased}, the check a host runs beside
 * {@code DuplicateRules.beforeCreate(...).requireAllowed()} before it creates a contact from outside data.
 */
public final class ErasedSubjectException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final transient ErasureMatch match;

  public ErasedSubjectException(ErasureMatch match) {
    super("contact", Objects.requireNonNull(match, "match").reason() + "; an erased person is not created again");
    this.match = match;
  }

  /** The erasure the candidate matched. */
  public ErasureMatch match() {
    return match;
  }
}
