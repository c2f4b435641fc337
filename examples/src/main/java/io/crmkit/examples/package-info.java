/** Runnable examples and the {@code crm} command line. */
@NullMarked
package io.crmkit.examples;

import org.jspecify.annotations.NullMarked;
