package io.crmkit.core;

import java.util.Objects;

/** A record that the caller named does not exist in the caller's tenant. */
public class NotFoundException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String entityType;
  private final String id;

  public NotFoundException(String entityType, String id) {
    super(entityType + " " + id + " not found");
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.id = Objects.requireNonNull(id, "id");
  }

  /** The entity type name, e.g. {@code contact}. */
  public String entityType() {
    return entityType;
  }

  /** The id that was looked for. */
  public String id() {
    return id;
  }
}
