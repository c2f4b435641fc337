package io.crmkit.core.access;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's whole sharing model as plain data (JSON through {@code CrmJson}): the directory, per-type
 * settings, sharing rules in precedence order, view-all/modify-all permissions and field-level security.
 * Validated when built: every role, team and user a rule, permission or field entry names exists in the
 * directory, rule names are unique and each type is configured once. {@link SharingModel#of} turns it into the
 * policy.
 *
 * <pre>{@code
 * SharingModelSpec spec = SharingModelSpec.builder(tenant, directory)
 *     .object(ObjectSharing.of("contact", OrgWideDefault.PRIVATE))
 *     .rule(SharingRule.ownedBy("emea-to-us", "contact", SharingGroup.role("emea"), SharingGroup.role("us"), AccessLevel.READ))
 *     .build();
 * }</pre>
 */
public record SharingModelSpec(
    TenantId tenant,
    Directory directory,
    List<ObjectSharing> objects,
    List<SharingRule> rules,
    List<ObjectPermission> permissions,
    List<FieldSecurity> fieldSecurity) {
  public SharingModelSpec {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(directory, "directory");
    objects = List.copyOf(Objects.requireNonNull(objects, "objects"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    permissions = List.copyOf(Objects.requireNonNull(permissions, "permissions"));
    fieldSecurity = List.copyOf(Objects.requireNonNull(fieldSecurity, "fieldSecurity"));
    Set<String> types = new HashSet<>();
    for (ObjectSharing o : objects) {
      ValidationException.check(types.add(o.entityType()), "objects", "entity type " + o.entityType() + " is configured twice");
    }
    Set<String> names = new HashSet<>();
    for (SharingRule r : rules) {
      ValidationException.check(names.add(r.name()), "rules", "rule " + r.name() + " is defined twice");
      if (r.source() instanceof SharingRule.OwnedBy o) {
        checkGroup(directory, o.group(), "rules." + r.name() + ".source");
      }
      checkGroup(directory, r.sharedWith(), "rules." + r.name() + ".sharedWith");
    }
    for (ObjectPermission p : permissions) {
      checkRole(directory, p.role(), "permissions." + p.entityType() + ".role");
    }
    for (FieldSecurity f : fieldSecurity) {
      f.role().ifPresent(r -> checkRole(directory, r, "fieldSecurity." + f.entityType() + ".role"));
    }
  }

  static void checkGroup(Directory directory, SharingGroup group, String field) {
    switch (group.kind()) {
      case USER -> ValidationException.check(directory.user(group.id()).isPresent(), field, "names the unknown user " + group.id());
      case ROLE, ROLE_AND_SUBORDINATES -> checkRole(directory, group.id(), field);
      case TEAM -> ValidationException.check(directory.team(group.id()).isPresent(), field, "names the unknown team " + group.id());
    }
  }

  private static void checkRole(Directory directory, String role, String field) {
    ValidationException.check(directory.role(role).isPresent(), field, "names the unknown role " + role);
  }

  public static Builder builder(TenantId tenant, Directory directory) {
    return new Builder(tenant, directory);
  }

  /** The settings of {@code entityType}, or {@link ObjectSharing#defaults} when it has none. */
  public ObjectSharing object(String entityType) {
    return objects.stream().filter(o -> o.entityType().equals(entityType)).findFirst()
        .orElseGet(() -> ObjectSharing.defaults(entityType));
  }

  /** This spec with another directory (validated against the rules again). */
  public SharingModelSpec withDirectory(Directory value) {
    return new SharingModelSpec(tenant, value, objects, rules, permissions, fieldSecurity);
  }

  /** This spec with {@code rule} added after the others. */
  public SharingModelSpec withRule(SharingRule rule) {
    List<SharingRule> copy = new ArrayList<>(rules);
    copy.add(Objects.requireNonNull(rule, "rule"));
    return new SharingModelSpec(tenant, directory, objects, copy, permissions, fieldSecurity);
  }

  /** Collects the parts of a spec; {@link #build()} validates them together. */
  public static final class Builder {
    private final TenantId tenant;
    private final Directory directory;
    private final List<ObjectSharing> objects = new ArrayList<>();
    private final List<SharingRule> rules = new ArrayList<>();
    private final List<ObjectPermission> permissions = new ArrayList<>();
    private final List<FieldSecurity> fieldSecurity = new ArrayList<>();

    private Builder(TenantId tenant, Directory directory) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Builder object(ObjectSharing value) {
      objects.add(Objects.requireNonNull(value, "object"));
      return this;
    }

    public Builder rule(SharingRule value) {
      rules.add(Objects.requireNonNull(value, "rule"));
      return this;
    }

    public Builder permission(ObjectPermission value) {
      permissions.add(Objects.requireNonNull(value, "permission"));
      return this;
    }

    public Builder fieldSecurity(FieldSecurity value) {
      fieldSecurity.add(Objects.requireNonNull(value, "fieldSecurity"));
      return this;
    }

    public SharingModelSpec build() {
      return new SharingModelSpec(tenant, directory, objects, rules, permissions, fieldSecurity);
    }
  }
}
