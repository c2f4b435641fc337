/**
 * crm-marketing's part of privacy: {@link io.crmkit.marketing.privacy.MarketingSubjectData} finds the journey
 * enrolments, pending double-opt-in confirmations, static lists, segment snapshots and suppressions about one
 * person, and erases them per an {@link io.crmkit.core.privacy.ErasurePolicy} — keeping suppressions so the person
 * is never contacted again. Registered for {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.crmkit.marketing.privacy;

import org.jspecify.annotations.NullMarked;
