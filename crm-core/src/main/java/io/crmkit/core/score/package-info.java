/**
 * Scores as stored facts that every module can write and read: a {@link io.crmkit.core.score.Score} is one
 * computation of one model ({@code lead-fit}, {@code churn-risk}, {@code rfm}, ...) for one record, with its
 * value, an optional band, when it was computed and the contributions that explain it;
 * {@link io.crmkit.core.score.Scores} records them (one record per computation, so history is kept) and answers
 * the latest score of a record and model, at any instant, and its history.
 */
@NullMarked
package io.crmkit.core.score;

import org.jspecify.annotations.NullMarked;
