package io.crmkit.marketing.template;

import java.util.Objects;

/**
 * One entry of the merge-field vocabulary: the name written in a template ({@code {{contact.givenName}}}) and
 * what it stands for. {@code MergeFields.vocabulary()} lists them all.
 */
public record MergeField(String name, String description) {
  public MergeField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }
}
