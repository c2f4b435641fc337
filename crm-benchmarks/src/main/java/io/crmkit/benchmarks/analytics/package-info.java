/**
 * JMH benchmarks of crm-analytics (issue 5, "Speed"): the BG/NBD, Pareto/NBD and Gamma-Gamma fits on CDNOW, a
 * million simulated BG/NBD customers summarised from their transaction log and fitted, and FP-growth with rule
 * generation on a synthetic 10,000-basket retail set. Run them from the shaded jar, e.g.
 * {@code java -Xmx6g -jar crm-benchmarks/target/benchmarks.jar 'io.crmkit.benchmarks.analytics.*' -f 1 -wi 3 -i 5};
 * the CDNOW files are found by walking up from the working directory to a folder holding {@code shared/data}.
 */
@NullMarked
package io.crmkit.benchmarks.analytics;

import org.jspecify.annotations.NullMarked;
