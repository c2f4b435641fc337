/**
 * Privacy (GDPR, CCPA): what a tenant holds about one person, gathered from every module for a
 * subject-access export, and erased per a policy per field, keeping what law requires with the reason. Each
 * module contributes a {@link io.crmkit.core.privacy.SubjectDataSource}; the host lists the ones it uses.
 */
@NullMarked
package io.crmkit.core.privacy;

import org.jspecify.annotations.NullMarked;
