package io.crmkit.core.audit;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A small test aggregate with a nested record, an optional and a list, for audit tests. */
public record Gadget(GadgetId id, TenantId tenantId, long version, Label label, Optional<String> colour, List<String> tags, int size)
    implements Aggregate<Gadget.GadgetId> {

  /** The id. */
  public record GadgetId(String value) implements EntityId {
    public GadgetId {
      EntityId.checked(value, "gadgetId");
    }
  }

  /** A two-part name. */
  public record Label(String brand, String model) {
    public Label {
      Objects.requireNonNull(brand, "brand");
      Objects.requireNonNull(model, "model");
    }
  }

  public static final FieldRef<String> BRAND = FieldRef.text("brand");

  public static final EntityType<Gadget, GadgetId> TYPE =
      EntityType.builder("gadget", Gadget.class, GadgetId::new).field(BRAND, g -> g.label().brand()).build();

  public Gadget {
    tags = List.copyOf(tags);
  }

  public static Gadget of(TenantId tenant, String id, String brand, String model) {
    return new Gadget(new GadgetId(id), tenant, 0, new Label(brand, model), Optional.empty(), List.of(), 1);
  }

  @Override
  public Gadget withVersion(long version) {
    return new Gadget(id, tenantId, version, label, colour, tags, size);
  }

  public Gadget withLabel(Label label) {
    return new Gadget(id, tenantId, version, label, colour, tags, size);
  }

  public Gadget withColour(Optional<String> colour) {
    return new Gadget(id, tenantId, version, label, colour, tags, size);
  }

  public Gadget withTags(List<String> tags) {
    return new Gadget(id, tenantId, version, label, colour, tags, size);
  }

  public Gadget withSize(int size) {
    return new Gadget(id, tenantId, version, label, colour, tags, size);
  }
}
