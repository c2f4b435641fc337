package io.crmkit.core.merge;

import java.util.List;

/** One mergeable field of a party type: how to read it, whether it holds a value, and how it survives. */
interface MergeField<T extends io.crmkit.core.Aggregate<?>> {
  /** The field path, a record component name such as {@code jobTitle}. */
  String name();

  /** Whether the field is a collection (contact points, external ids, custom fields). */
  boolean multiValued();

  /** Whether single keys of it can have rules of their own ({@code customFields.<key>}). */
  default boolean keyed() {
    return false;
  }

  /** Whether {@code record} has a value (a non-empty collection). */
  boolean filled(T record);

  /** {@code golden} with this field's surviving value; appends the lineage of what it decided to {@code out}. */
  T resolve(T golden, Survivorship<T> survivorship, List<FieldLineage> out);
}
