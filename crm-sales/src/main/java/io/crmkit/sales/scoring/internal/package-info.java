/** Implementation of crm-sales scoring that other packages of crm-sales may share; hosts must not use it. */
@NullMarked
package io.crmkit.sales.scoring.internal;

import org.jspecify.annotations.NullMarked;
