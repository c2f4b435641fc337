/** The storage SPI: tenant-scoped repositories over one generic entity-store contract, and transactions. */
@NullMarked
package io.crmkit.core.store;

import org.jspecify.annotations.NullMarked;
