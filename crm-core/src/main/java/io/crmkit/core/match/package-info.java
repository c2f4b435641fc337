/**
 * Record matching and deduplication: per-kind normalisation ({@link io.crmkit.core.match.Normalizer}),
 * string comparators ({@link io.crmkit.core.match.Similarity}), blocking with several keys and a report of what
 * each key produced, unsupervised Fellegi–Sunter scoring with m/u probabilities estimated by EM and
 * term-frequency adjustment, explanations of every score ({@link io.crmkit.core.match.MatchExplanation}),
 * Salesforce-style declarative rules ({@link io.crmkit.core.match.MatchRule}), clustering with a guard against
 * chaining, an estimated precision/recall curve for choosing a threshold, an incremental matcher for one new
 * record against an indexed base, and duplicate rules a host calls before insert or update. The engine works on
 * generic {@link io.crmkit.core.match.MatchRecord}s (field name to text) whose fields carry a
 * {@link io.crmkit.core.match.FieldKind}; {@link io.crmkit.core.match.PartyExtractors} turns contacts and
 * accounts into them. Start with {@code Deduplicator.of(schema).run(records)}.
 */
@NullMarked
package io.crmkit.core.match;

import org.jspecify.annotations.NullMarked;
