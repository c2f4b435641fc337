/**
 * What the privacy sources of crmkit's modules share and hosts must not use: the per-field anonymisation that
 * applies an {@link io.crmkit.core.privacy.ErasurePolicy} to one record.
 */
@NullMarked
package io.crmkit.core.privacy.internal;

import org.jspecify.annotations.NullMarked;
