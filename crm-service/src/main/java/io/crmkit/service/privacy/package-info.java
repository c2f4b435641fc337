/**
 * crm-service's part of privacy: {@link io.crmkit.service.privacy.ServiceSubjectData} finds the cases, survey
 * responses and intake sender activity about one person, and erases them per an
 * {@link io.crmkit.core.privacy.ErasurePolicy}. Registered for {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.crmkit.service.privacy;

import org.jspecify.annotations.NullMarked;
