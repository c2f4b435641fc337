package io.crmkit.sales.pipeline;

/**
 * What a pipeline's stage guards read: whether the record about to change stage has each {@link RequiredField}.
 * Opportunities implement it, so a pipeline can guard them without depending on their type.
 *
 * <p>{@code Decision d = pipeline.machine().fire(current, Pipeline.moveEvent("proposal"), opportunity);}
 */
@FunctionalInterface
public interface StageCandidate {
  /** Whether {@code field} has a value on this record. */
  boolean has(RequiredField field);
}
