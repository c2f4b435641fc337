/**
 * Access control for tests. Generators: {@link io.crmkit.testkit.access.SharingArbitraries} makes random
 * directories (role forests, teams, internal and partner users), sharing-model specs, sharing rules, manual shares
 * and principals, for properties of {@code io.crmkit.core.access.SharingModel} and of stores secured by any policy.
 * The secured-store conformance kit: {@link io.crmkit.testkit.access.SecuredStoreCompatibilityKit} (JUnit 5
 * examples) and {@link io.crmkit.testkit.access.SecuredStoreProperties} (jqwik properties over random
 * principals, policies and records) check that a {@link io.crmkit.core.access.SecuredStore} over a storage
 * adapter lets no principal read or change what its policy denies, by any path. An adapter's tests extend the
 * two classes and supply {@code createStore()}, as for the storage kit.
 */
@NullMarked
package io.crmkit.testkit.access;

import org.jspecify.annotations.NullMarked;
