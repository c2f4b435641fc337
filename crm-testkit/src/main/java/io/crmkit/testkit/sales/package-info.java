/**
 * jqwik arbitraries for crm-sales: leads, opportunities and their pipelines, territories, activities,
 * quotes and scoring inputs. Every generated value goes through the real crm-sales constructors.
 */
@NullMarked
package io.crmkit.testkit.sales;

import org.jspecify.annotations.NullMarked;
