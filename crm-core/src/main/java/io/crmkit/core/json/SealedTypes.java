package io.crmkit.core.json;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The naming rules for sealed hierarchies, so that every sealed interface of crmkit, present or future, is
 * written with a discriminator and read back without per-type code.
 *
 * <ul>
 *   <li>The discriminator property is {@code "type"}, or {@code "@type"} when a record of the hierarchy has a
 *       component named {@code type} of its own.
 *   <li>A subtype's id is its simple name in upper snake case ({@code Criteria.IsNull} is {@code IS_NULL}).
 *       When the sealed root declares an enum-valued {@code type()} (as {@code FieldValue} does), the id is the
 *       constant whose name matches the subtype's name without the root's last word: {@code
 *       FieldValue.DateTimeValue} is {@code DATETIME}, like {@code FieldType.DATETIME}.
 * </ul>
 */
final class SealedTypes {
  private SealedTypes() {}

  private static final Map<Class<?>, String> NAMES = new ConcurrentHashMap<>();

  /** The sealed root a crmkit class is written under, or null when it is not part of a sealed hierarchy. */
  static @Nullable Class<?> root(Class<?> type) {
    if (!type.getName().startsWith("io.crmkit.")) {
      return null;
    }
    Class<?> found = type.isSealed() ? type : null;
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Class<?> up = rootAbove(c);
      if (up != null) {
        found = up;
      }
    }
    return found;
  }

  private static @Nullable Class<?> rootAbove(Class<?> type) {
    List<Class<?>> parents = new ArrayList<>(Arrays.asList(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      parents.add(type.getSuperclass());
    }
    for (Class<?> parent : parents) {
      if (parent.isSealed()) {
        Class<?> higher = rootAbove(parent);
        return higher != null ? higher : parent;
      }
    }
    return null;
  }

  /** The concrete classes under a sealed root, in declaration order. */
  static List<Class<?>> leaves(Class<?> root) {
    List<Class<?>> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Class<?> type, List<Class<?>> out) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        collect(sub, out);
      }
    } else if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
      out.add(type);
    }
  }

  /** The discriminator property of {@code root}'s hierarchy. */
  static String property(Class<?> root) {
    for (Class<?> leaf : leaves(root)) {
      if (leaf.isRecord()) {
        for (RecordComponent c : leaf.getRecordComponents()) {
          if (c.getName().equals("type")) {
            return "@type";
          }
        }
      }
    }
    return "type";
  }

  /** The discriminator value of the concrete class {@code leaf} under {@code root}. */
  static String name(Class<?> leaf, Class<?> root) {
    return NAMES.computeIfAbsent(leaf, l -> computeName(l, root));
  }

  private static String computeName(Class<?> leaf, Class<?> root) {
    String simple = leaf.getSimpleName();
    Class<?> typeEnum = typeEnum(root);
    if (typeEnum != null) {
      String rootName = root.getSimpleName();
      String suffix = rootName.substring(lastWordStart(rootName));
      String stem = simple.endsWith(suffix) && simple.length() > suffix.length()
          ? simple.substring(0, simple.length() - suffix.length())
          : simple;
      for (Object constant : typeEnum.getEnumConstants()) {
        String n = ((Enum<?>) constant).name();
        if (squash(n).equals(squash(stem))) {
          return n;
        }
      }
    }
    return upperSnake(simple);
  }

  private static @Nullable Class<?> typeEnum(Class<?> root) {
    try {
      Method m = root.getMethod("type");
      return m.getReturnType().isEnum() ? m.getReturnType() : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static int lastWordStart(String camel) {
    for (int i = camel.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(camel.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  private static String squash(String s) {
    return s.replace("_", "").toUpperCase(Locale.ROOT);
  }

  static String upperSnake(String camel) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)
          && (Character.isLowerCase(camel.charAt(i - 1))
              || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))))) {
        b.append('_');
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString();
  }
}
