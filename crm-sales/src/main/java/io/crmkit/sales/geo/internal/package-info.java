/**
 * The route search behind {@link io.crmkit.sales.geo.RoutePlanner}: schedule evaluation, nearest-neighbour
 * construction, 2-opt and Or-opt moves. Not for hosts; its types may change without notice.
 */
@NullMarked
package io.crmkit.sales.geo.internal;

import org.jspecify.annotations.NullMarked;
