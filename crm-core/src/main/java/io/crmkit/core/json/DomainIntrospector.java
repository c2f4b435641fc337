package io.crmkit.core.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Stands in for annotations the domain records do not carry: sealed hierarchies get a discriminator
 * ({@link SealedTypes}), and the JSON of a crmkit record is its components only, so derived accessors such as
 * {@code Money.isZero()} or {@code Page.isLast()} never show up as properties.
 */
final class DomainIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public JsonTypeInfo.@Nullable Value findPolymorphicTypeInfo(MapperConfig<?> config, Annotated ann) {
    if (!(ann instanceof AnnotatedClass)) {
      return null;
    }
    Class<?> root = SealedTypes.root(ann.getRawType());
    if (root == null) {
      return null;
    }
    return JsonTypeInfo.Value.construct(
        JsonTypeInfo.Id.NAME, JsonTypeInfo.As.PROPERTY, SealedTypes.property(root), null, false, true);
  }

  @Override
  public @Nullable List<NamedType> findSubtypes(MapperConfig<?> config, Annotated ann) {
    if (!(ann instanceof AnnotatedClass)) {
      return null;
    }
    Class<?> raw = ann.getRawType();
    Class<?> root = SealedTypes.root(raw);
    if (root == null || !raw.isSealed()) {
      return null;
    }
    List<NamedType> out = new ArrayList<>();
    for (Class<?> leaf : SealedTypes.leaves(raw)) {
      out.add(new NamedType(leaf, SealedTypes.name(leaf, root)));
    }
    return out;
  }

  @Override
  public @Nullable String findTypeName(MapperConfig<?> config, AnnotatedClass ac) {
    Class<?> raw = ac.getRawType();
    Class<?> root = SealedTypes.root(raw);
    return root == null || raw.isSealed() ? null : SealedTypes.name(raw, root);
  }

  @Override
  public boolean hasIgnoreMarker(MapperConfig<?> config, AnnotatedMember m) {
    if (!(m instanceof AnnotatedMethod method) || method.getParameterCount() != 0) {
      return false;
    }
    Class<?> owner = method.getDeclaringClass();
    if (!owner.getName().startsWith("io.crmkit.")) {
      return false;
    }
    if (!owner.isRecord()) {
      return owner.isInterface();
    }
    for (RecordComponent c : owner.getRecordComponents()) {
      if (c.getName().equals(method.getName())) {
        return false;
      }
    }
    return true;
  }
}
