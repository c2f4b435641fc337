/** Support cases: the case aggregate, its lifecycle, comments, parent/child links, merges and intake. */
@NullMarked
package io.crmkit.service.cases;

import org.jspecify.annotations.NullMarked;
