/**
 * Generators for access control: {@link io.crmkit.testkit.access.SharingArbitraries} makes random directories
 * (role forests, teams, internal and partner users), sharing-model specs, sharing rules, manual shares and
 * principals, for properties of {@code io.crmkit.core.access.SharingModel} and of stores secured by any policy.
 */
@NullMarked
package io.crmkit.testkit.access;

import org.jspecify.annotations.NullMarked;
