package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A node of a tenant's category tree, named by its path from the root, e.g. {@code Category.of("Printers",
 * "Laser")} or {@code Category.parse("Printers/Laser")}. An article filed under {@code Printers/Laser} is found by
 * a search filtered to {@code Printers} too (a category contains its descendants).
 *
 * @param path the segments from the root; 1 to 8 segments of 1 to 64 characters without {@code /}
 */
public record Category(List<String> path) implements Comparable<Category> {
  public Category {
    path = List.copyOf(Objects.requireNonNull(path, "path"));
    ValidationException.check(!path.isEmpty() && path.size() <= 8, "category.path", "must have 1 to 8 segments but had " + path.size());
    for (String s : path) {
      ValidationException.check(
          !s.isBlank() && s.length() <= 64 && s.strip().equals(s) && s.indexOf('/') < 0 && s.chars().noneMatch(Character::isISOControl),
          "category.path",
          "segments must have 1 to 64 characters, no '/', no control characters and no surrounding spaces but one was '" + s + "'");
    }
  }

  /** The category with these path segments. */
  public static Category of(String... segments) {
    return new Category(Arrays.asList(segments));
  }

  /** Parses {@code Printers/Laser}. */
  public static Category parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Category(Arrays.asList(text.split("/", -1)));
  }

  /** The parent category, or this one when it is a root. */
  public Category parentOrSelf() {
    return path.size() == 1 ? this : new Category(path.subList(0, path.size() - 1));
  }

  /** A child of this category. */
  public Category child(String segment) {
    List<String> p = new java.util.ArrayList<>(path);
    p.add(segment);
    return new Category(p);
  }

  /** Whether this category is {@code other} or lies below it. */
  public boolean isWithin(Category other) {
    return path.size() >= other.path.size() && path.subList(0, other.path.size()).equals(other.path);
  }

  /** This category and every ancestor up to the root, root first. */
  public List<Category> selfAndAncestors() {
    List<Category> out = new java.util.ArrayList<>();
    for (int i = 1; i <= path.size(); i++) {
      out.add(new Category(path.subList(0, i)));
    }
    return List.copyOf(out);
  }

  @Override
  public int compareTo(Category o) {
    return toString().compareTo(o.toString());
  }

  /** The path joined by {@code /}. */
  @Override
  public String toString() {
    return String.join("/", path);
  }
}
