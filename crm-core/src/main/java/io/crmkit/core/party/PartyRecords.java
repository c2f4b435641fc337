package io.crmkit.core.party;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Rules shared by contacts and accounts: contact-point lists, external ids, timestamps. */
final class PartyRecords {
  private PartyRecords() {}

  private static final Pattern SYSTEM = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

  /** A copy of {@code points}; at most one primary per kind and no channel listed twice. */
  static List<ContactPoint> contactPoints(List<ContactPoint> points) {
    Objects.requireNonNull(points, "contactPoints");
    List<ContactPoint> copy = List.copyOf(points);
    Set<ContactPoint.Kind> primaries = EnumSet.noneOf(ContactPoint.Kind.class);
    for (int i = 0; i < copy.size(); i++) {
      ContactPoint p = copy.get(i);
      // plain ifs, not ValidationException.check: the messages are built only when a rule is broken
      if (p.primary() && !primaries.add(p.kind())) {
        throw new ValidationException(
            "contactPoints[" + i + "]",
            "a second primary " + p.kind() + " contact point ('" + p.normalized() + "'); at most one per kind may be primary");
      }
      for (int j = 0; j < i; j++) {
        if (copy.get(j).sameChannelAs(p)) {
          throw new ValidationException(
              "contactPoints[" + i + "]", p.kind() + " '" + p.normalized() + "' is listed twice (also at index " + j + ")");
        }
      }
    }
    return copy;
  }

  /**
   * {@code points} with {@code point} added, replacing a point of the same channel; when {@code point} is
   * primary, the former primary of its kind is demoted.
   */
  static List<ContactPoint> withContactPoint(List<ContactPoint> points, ContactPoint point) {
    Objects.requireNonNull(point, "contactPoint");
    List<ContactPoint> out = new ArrayList<>();
    boolean replaced = false;
    for (ContactPoint p : points) {
      if (p.sameChannelAs(point)) {
        out.add(point);
        replaced = true;
      } else if (point.primary() && p.primary() && p.kind() == point.kind()) {
        out.add(p.withPrimary(false));
      } else {
        out.add(p);
      }
    }
    if (!replaced) {
      out.add(point);
    }
    return out;
  }

  static List<ContactPoint> withoutContactPoint(List<ContactPoint> points, ContactPoint point) {
    List<ContactPoint> out = new ArrayList<>(points);
    out.removeIf(p -> p.sameChannelAs(point));
    return out;
  }

  /** A sorted, unmodifiable copy; systems are lower-case names, ids are non-blank texts. */
  static Map<String, String> externalIds(Map<String, String> ids) {
    Objects.requireNonNull(ids, "externalIds");
    if (ids.isEmpty()) {
      return Collections.emptySortedMap();
    }
    TreeMap<String, String> out = new TreeMap<>();
    ids.forEach(
        (system, id) -> {
          Objects.requireNonNull(system, "externalIds system");
          Objects.requireNonNull(id, "externalIds." + system);
          ValidationException.check(
              SYSTEM.matcher(system).matches(),
              "externalIds",
              "system must be a lower-case name such as 'salesforce' or 'erp.sap' but was '" + system + "'");
          out.put(system, PartyText.required(id, "externalIds." + system));
        });
    return Collections.unmodifiableSortedMap(out);
  }

  static Map<String, String> withExternalId(Map<String, String> ids, String system, String id) {
    TreeMap<String, String> out = new TreeMap<>(ids);
    out.put(Objects.requireNonNull(system, "system"), Objects.requireNonNull(id, "id"));
    return out;
  }

  static Map<String, String> withoutExternalId(Map<String, String> ids, String system) {
    TreeMap<String, String> out = new TreeMap<>(ids);
    out.remove(system);
    return out;
  }

  /** The external ids as {@code system:id} texts, the form criteria query. */
  static List<String> externalIdKeys(Map<String, String> ids) {
    List<String> out = new ArrayList<>(ids.size());
    ids.forEach((s, id) -> out.add(s + ":" + id));
    return out;
  }

  static void timestamps(Instant createdAt, Instant updatedAt) {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (updatedAt.isBefore(createdAt)) {
      throw new ValidationException("updatedAt", "must not be before createdAt (" + updatedAt + " < " + createdAt + ")");
    }
  }

  static List<String> normalized(List<ContactPoint> points, ContactPoint.Kind kind) {
    // a loop, not a stream: stores call this for every index update
    String single = null;
    List<String> many = null;
    for (int i = 0, n = points.size(); i < n; i++) {
      ContactPoint p = points.get(i);
      if (p.kind() == kind) {
        if (single == null && many == null) {
          single = p.normalized();
        } else {
          if (many == null) {
            many = new java.util.ArrayList<>(4);
            many.add(single);
          }
          many.add(p.normalized());
        }
      }
    }
    if (many != null) {
      return java.util.Collections.unmodifiableList(many);
    }
    return single == null ? List.of() : List.of(single);
  }
}
