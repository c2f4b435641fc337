package io.crmkit.sales.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A {@link Pipeline} as plain data (records, strings and lists), so that a tenant's sales processes can be
 * stored, e.g. as JSON, and compiled when loaded: {@code Pipeline p = definition.compile();} and back with
 * {@link Pipeline#definition()}.
 *
 * <p>The definition only checks that nothing is missing; {@link #compile()} checks every rule of
 * {@link Pipeline#of}.
 *
 * @param name the pipeline's name, lower snake case
 * @param recordType the record type it serves, lower snake case
 * @param stages the stages, in any order
 */
public record PipelineDefinition(String name, String recordType, List<Stage> stages) {
  public PipelineDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(recordType, "recordType");
    stages = List.copyOf(stages);
  }

  /**
   * The validated pipeline.
   *
   * @throws io.crmkit.core.ValidationException naming the first rule the definition breaks
   */
  public Pipeline compile() {
    return Pipeline.of(name, recordType, stages);
  }
}
