package io.crmkit.core.access;

import java.util.Optional;

/**
 * The organisation-wide default of an entity type: the baseline access every user has to records they do not
 * own. Private means only ownership, the hierarchy and sharing open a record; the others open every record of
 * the type for reading, or for reading and editing (never for deleting).
 */
public enum OrgWideDefault {
  PRIVATE,
  PUBLIC_READ,
  PUBLIC_READ_WRITE;

  /** The level this default grants on every record, if any. */
  public Optional<AccessLevel> level() {
    return switch (this) {
      case PRIVATE -> Optional.empty();
      case PUBLIC_READ -> Optional.of(AccessLevel.READ);
      case PUBLIC_READ_WRITE -> Optional.of(AccessLevel.READ_WRITE);
    };
  }
}
