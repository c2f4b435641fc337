/** JMH benchmarks for crm-core's privacy: the subject-access export. */
@NullMarked
package io.crmkit.benchmarks.privacy;

import org.jspecify.annotations.NullMarked;
