/** Test support for hosts and adapters: jqwik arbitraries for the domain types and the storage conformance kit. */
@NullMarked
package io.crmkit.testkit;

import org.jspecify.annotations.NullMarked;
