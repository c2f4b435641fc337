/**
 * Custom fields: tenant-defined, typed fields on CRM records. A tenant keeps one
 * {@link io.crmkit.core.field.CustomFieldSchema} per entity type (for example {@code contact}) listing its
 * {@link io.crmkit.core.field.FieldDefinition}s; records carry their values as
 * {@link io.crmkit.core.field.CustomFields}, an immutable map from key to a typed
 * {@link io.crmkit.core.field.FieldValue}. {@code schema.validate(contact.customFields())} reports every
 * unknown key, wrong type, missing required value, picklist miss, bound, length and shape problem in one
 * {@link io.crmkit.core.ValidationException}. Custom fields are queryable as {@code custom.<key>} through
 * {@link io.crmkit.core.field.CustomFields#queryValues}.
 */
@NullMarked
package io.crmkit.core.field;

import org.jspecify.annotations.NullMarked;
