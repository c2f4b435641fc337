package io.crmkit.core.privacy;

import io.crmkit.core.Aggregate;
import java.util.Objects;

/**
 * One stored record that is about a subject, as a {@link SubjectDataSource} found it: the module and entity
 * type it belongs to, its id, how it relates to the person (e.g. {@code the contact},
 * {@code contact role on the opportunity}, {@code member of the campaign}) and the record itself.
 */
public record SubjectRecord(String module, String entityType, String id, String relation, Aggregate<?> record) {
  public SubjectRecord {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(record, "record");
  }
}
