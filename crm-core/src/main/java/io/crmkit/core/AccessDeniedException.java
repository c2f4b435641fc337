package io.crmkit.core;

/**
 * The caller may not read or change what it asked for, e.g. a write into another tenant, or a record an
 * access policy hides. The message names the rule that denied it.
 */
public class AccessDeniedException extends CrmException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
