/**
 * List generators: CSV import of contacts with column mapping, a per-line validation report and upsert through
 * crm-core's matching (update the matched contact instead of creating a duplicate), all-or-nothing per line or
 * per batch; and capture of questionnaire answers and web visits into contacts, activities and static lists.
 */
@NullMarked
package io.crmkit.marketing.imports;

import org.jspecify.annotations.NullMarked;
