/** Segments: criteria over contacts and accounts compiled to the core criteria AST, static and suppression lists. */
@NullMarked
package io.crmkit.marketing.segment;

import org.jspecify.annotations.NullMarked;
