package io.crmkit.core.view;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A part of a {@link CustomerView} contributed by another module (sales' open opportunities, service's
 * cases, marketing's campaign memberships, analytics' scores): a name, a heading, the data itself for
 * programs, the records it was read from (so the cached view is dropped when one of them changes) and lines
 * for plain-text rendering.
 *
 * <pre>{@code
 * new ViewSection("opportunities", "Open opportunities", opportunities,
 *     Set.of(RecordRef.of("opportunity", o.id())), List.of("Renewal 2026 — 12,000 EUR — proposal"));
 * }</pre>
 *
 * @param name lower snake case, unique within a view, e.g. {@code opportunities}
 * @param title the heading shown to people
 * @param data the contributed data, for programs (its type is the contributor's business)
 * @param dependsOn the records the section was read from
 * @param lines the section as text, one line each (may be empty)
 */
public record ViewSection(String name, String title, Object data, Set<RecordRef> dependsOn, List<String> lines) {
  public ViewSection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(data, "data");
    dependsOn = Set.copyOf(dependsOn);
    lines = List.copyOf(lines);
    ValidationException.check(
        name.matches("[a-z][a-z0-9_]{0,63}"), "section.name", "must be lower snake case such as 'opportunities' but was '" + name + "'");
    ValidationException.check(!title.isBlank(), "section.title", "must not be blank; it is the section's heading");
    for (String line : lines) {
      ValidationException.check(
          line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "section.lines", "each line must be a single line but got '" + line + "'");
    }
  }

  /** A section with only text lines and no further dependencies, e.g. a score summary. */
  public static ViewSection ofLines(String name, String title, List<String> lines) {
    return new ViewSection(name, title, List.copyOf(lines), Set.of(), lines);
  }
}
