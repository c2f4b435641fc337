/**
 * jqwik arbitraries for crm-core: {@link io.crmkit.testkit.arbitrary.CrmArbitraries} is the entry point
 * ({@code CrmArbitraries.contacts().inTenant(t)}), {@link io.crmkit.testkit.arbitrary.CrmArbitraryProvider}
 * makes {@code @ForAll Contact} work from the class path, and {@link io.crmkit.testkit.arbitrary.CrmDomain}
 * bundles the same generators as a jqwik domain. Every generated value went through the real crm-core
 * constructors and factories, so it is valid; generators favour Unicode, many zones and currencies, and
 * edge cases.
 */
@NullMarked
package io.crmkit.testkit.arbitrary;

import org.jspecify.annotations.NullMarked;
