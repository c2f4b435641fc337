/** Message templates (subject, HTML and text bodies) with merge fields from contacts, accounts and custom fields, a missing-field policy and previews: {@code Templates.compile(template).render(MergeContext.of(contact))}. */
@NullMarked
package io.crmkit.marketing.template;

import org.jspecify.annotations.NullMarked;
