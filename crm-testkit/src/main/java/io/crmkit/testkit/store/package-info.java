/**
 * The storage conformance kit: {@link io.crmkit.testkit.store.StoreCompatibilityKit} (JUnit 5 examples) and
 * {@link io.crmkit.testkit.store.StoreProperties} (jqwik properties against the reference evaluation), both
 * over the kit's own aggregate {@link io.crmkit.testkit.store.KitRecord}. A storage adapter's tests extend
 * the two classes and supply {@code createStore()}; capabilities the adapter does not declare show as skipped.
 */
@NullMarked
package io.crmkit.testkit.store;

import org.jspecify.annotations.NullMarked;
