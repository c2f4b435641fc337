/** The query model: typed field references, the criteria tree, sorting and keyset paging. */
@NullMarked
package io.crmkit.core.query;

import org.jspecify.annotations.NullMarked;
