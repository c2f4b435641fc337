/** The mustache.java binding behind {@link io.crmkit.marketing.template.Templates}; not for hosts. */
@NullMarked
package io.crmkit.marketing.template.internal;

import org.jspecify.annotations.NullMarked;
