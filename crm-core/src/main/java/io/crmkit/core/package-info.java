/** The crmkit kernel: tenants, typed ids, owners, record references and the exception hierarchy. */
@NullMarked
package io.crmkit.core;

import org.jspecify.annotations.NullMarked;
