package io.crmkit.sales.pipeline;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's pipelines, one per record type: how a service finds the pipeline an opportunity moves on.
 *
 * <p>{@code PipelineCatalog catalog = PipelineCatalog.of(tenant, List.of(Pipelines.standardSales(), renewals));}
 *
 * @param tenantId the tenant whose pipelines these are
 * @param pipelines the pipelines, with unique names and record types
 */
public record PipelineCatalog(TenantId tenantId, List<Pipeline> pipelines) {
  public PipelineCatalog {
    Objects.requireNonNull(tenantId, "tenantId");
    pipelines = List.copyOf(pipelines);
    ValidationException.check(!pipelines.isEmpty(), "pipelines", "a catalog needs at least one pipeline");
    Map<String, Pipeline> names = new LinkedHashMap<>();
    Map<String, Pipeline> types = new LinkedHashMap<>();
    for (Pipeline p : pipelines) {
      ValidationException.check(names.putIfAbsent(p.name(), p) == null, "pipelines", "pipeline name '" + p.name() + "' is used twice");
      ValidationException.check(
          types.putIfAbsent(p.recordType(), p) == null, "pipelines", "record type '" + p.recordType() + "' has two pipelines");
    }
  }

  public static PipelineCatalog of(TenantId tenantId, Collection<Pipeline> pipelines) {
    return new PipelineCatalog(tenantId, List.copyOf(pipelines));
  }

  /** A catalog with only {@link Pipelines#standardSales()}. */
  public static PipelineCatalog standard(TenantId tenantId) {
    return new PipelineCatalog(tenantId, List.of(Pipelines.standardSales()));
  }

  /** The pipeline named {@code name}, if any. */
  public Optional<Pipeline> named(String name) {
    Objects.requireNonNull(name, "name");
    return pipelines.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The pipeline named {@code name}.
   *
   * @throws ValidationException naming the pipeline and those the catalog has
   */
  public Pipeline require(String name) {
    return named(name).orElseThrow(() -> new ValidationException(
        "pipeline", "'" + name + "' is not a pipeline of tenant " + tenantId + " (pipelines: "
            + pipelines.stream().map(Pipeline::name).toList() + ")"));
  }

  /** The pipeline of {@code recordType}, if any. */
  public Optional<Pipeline> forRecordType(String recordType) {
    Objects.requireNonNull(recordType, "recordType");
    return pipelines.stream().filter(p -> p.recordType().equals(recordType)).findFirst();
  }
}
