/**
 * Test data for matching: {@link io.crmkit.testkit.match.SyntheticContacts}, contacts with known duplicates
 * (typos, nicknames, swapped names, missing fields, format variants) for accuracy and speed measurements.
 */
@NullMarked
package io.crmkit.testkit.match;

import org.jspecify.annotations.NullMarked;
