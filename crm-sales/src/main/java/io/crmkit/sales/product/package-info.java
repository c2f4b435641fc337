/**
 * Products and prices: {@link io.crmkit.sales.product.Product}s, the standard and custom
 * {@link io.crmkit.sales.product.PriceBook}s that list their prices per currency, and the
 * {@link io.crmkit.sales.product.LineItem}s whose totals make an opportunity's amount.
 */
@NullMarked
package io.crmkit.sales.product;

import org.jspecify.annotations.NullMarked;
