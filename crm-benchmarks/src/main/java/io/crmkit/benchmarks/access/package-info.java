/** Benchmarks of the secured store: what enforcing an access policy costs on top of the plain store. */
@NullMarked
package io.crmkit.benchmarks.access;

import org.jspecify.annotations.NullMarked;
