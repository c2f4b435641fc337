/** JMH benchmarks of crmkit; not published. */
@NullMarked
package io.crmkit.benchmarks;

import org.jspecify.annotations.NullMarked;
