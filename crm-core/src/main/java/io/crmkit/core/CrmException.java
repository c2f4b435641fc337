package io.crmkit.core;

/**
 * Root of every exception crmkit throws on purpose.
 *
 * <p>All crmkit exceptions are unchecked and carry the data a caller needs to react (the field, the
 * record, the versions), not only a message. Catch this type to handle any crmkit refusal in one place.
 */
public class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CrmException(String message) {
    super(message);
  }

  public CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
