/**
 * crm-sales' part of privacy: {@link io.crmkit.sales.privacy.SalesSubjectData} finds the leads, opportunities,
 * quotes, follow-ups and cadence enrolments about one person for a subject-access export, and erases them per an
 * {@link io.crmkit.core.privacy.ErasurePolicy}. Registered for {@link java.util.ServiceLoader} as a
 * {@link io.crmkit.core.privacy.SubjectDataSource}.
 */
@NullMarked
package io.crmkit.sales.privacy;

import org.jspecify.annotations.NullMarked;
