/** Stability markers for the public API. */
@NullMarked
package io.crmkit.core.annotation;

import org.jspecify.annotations.NullMarked;
