/**
 * Access control: who may see and change what. {@link io.crmkit.core.access.Principal} is who asks,
 * {@link io.crmkit.core.access.AccessPolicy} decides as a pure function of (principal, action, record, instant)
 * with the rule and reason, and also states its decision as criteria the store evaluates (push-down), so a
 * secured store filters reads in SQL instead of after loading.
 */
@NullMarked
package io.crmkit.core.access;

import org.jspecify.annotations.NullMarked;
