package io.crmkit.marketing.imports;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.marketing.segment.ListId;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to import a CSV file of contacts: the column mapping (header → {@link ColumnTarget}; other columns are
 * ignored and reported), the {@link FillPolicy} for matched contacts, the batch size that is written
 * all-or-nothing (1: each line on its own; {@link #WHOLE_FILE}: everything or nothing), whether to keep going
 * after a bad line (to report every problem) or stop at the first, the field delimiter, the region for phone
 * numbers without a country code, the owner of new contacts, the match threshold for fuzzy matching and a
 * static list that every imported contact joins.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.of(Map.of("E-mail", ColumnTarget.email(), "Name", ColumnTarget.familyName()))
 *     .withFillPolicy(FillPolicy.OVERWRITE).withBatchSize(ImportOptions.WHOLE_FILE).withList(newsletterList.id());
 * }</pre>
 *
 * <p>The mapping must name an e-mail, phone or external-id column: a line is matched by those first.
 */
public record ImportOptions(
    Map<String, ColumnTarget> columns,
    FillPolicy fillPolicy,
    int batchSize,
    boolean keepGoing,
    char delimiter,
    String defaultRegion,
    Owner owner,
    String source,
    double matchThreshold,
    Optional<ListId> list) {

  /** A batch size that makes the whole file one all-or-nothing batch. */
  public static final int WHOLE_FILE = Integer.MAX_VALUE;

  public ImportOptions {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(fillPolicy, "fillPolicy");
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(list, "list");
    LinkedHashMap<String, ColumnTarget> copy = new LinkedHashMap<>();
    Set<ColumnTarget> seen = new HashSet<>();
    columns.forEach((header, target) -> {
      Objects.requireNonNull(header, "columns.header");
      Objects.requireNonNull(target, "columns.target");
      String h = header.strip();
      ValidationException.check(!h.isEmpty(), "columns", "a mapped header must not be blank");
      ValidationException.check(seen.add(target), "columns", "two columns map to " + target + "; map each target once");
      ValidationException.check(copy.put(h, target) == null, "columns", "header '" + h + "' is mapped twice");
    });
    ValidationException.check(
        seen.stream().anyMatch(t -> t instanceof ColumnTarget.Email || t instanceof ColumnTarget.Phone || t instanceof ColumnTarget.ExternalId),
        "columns",
        "must map an e-mail, phone or external-id column, which lines are matched by");
    columns = Collections.unmodifiableMap(copy);
    ValidationException.check(batchSize >= 1, "batchSize", "must be at least 1 but was " + batchSize);
    ValidationException.check(delimiter != '"' && delimiter != '\n' && delimiter != '\r', "delimiter", "must not be a quote or a line break");
    ValidationException.check(defaultRegion.matches("[A-Z]{2}"), "defaultRegion", "must be an ISO 3166 alpha-2 code such as DE");
    ValidationException.check(!source.isBlank() && source.length() <= 64, "source", "must have 1 to 64 characters");
    ValidationException.check(matchThreshold > 0 && matchThreshold < 1, "matchThreshold", "must lie strictly between 0 and 1");
  }

  /**
   * Options with {@code columns} and the defaults: fill blanks, each line on its own, keep going, comma,
   * region US, owner {@code user:import}, source {@code import}, match threshold 0.95, no list.
   */
  public static ImportOptions of(Map<String, ColumnTarget> columns) {
    return new ImportOptions(columns, FillPolicy.FILL_BLANKS, 1, true, ',', "US", Owner.user("import"), "import", 0.95, Optional.empty());
  }

  public ImportOptions withFillPolicy(FillPolicy value) {
    return new ImportOptions(columns, value, batchSize, keepGoing, delimiter, defaultRegion, owner, source, matchThreshold, list);
  }

  public ImportOptions withBatchSize(int value) {
    return new ImportOptions(columns, fillPolicy, value, keepGoing, delimiter, defaultRegion, owner, source, matchThreshold, list);
  }

  public ImportOptions withKeepGoing(boolean value) {
    return new ImportOptions(columns, fillPolicy, batchSize, value, delimiter, defaultRegion, owner, source, matchThreshold, list);
  }

  public ImportOptions withDelimiter(char value) {
    return new ImportOptions(columns, fillPolicy, batchSize, keepGoing, value, defaultRegion, owner, source, matchThreshold, list);
  }

  public ImportOptions withDefaultRegion(String value) {
    return new ImportOptions(columns, fillPolicy, batchSize, keepGoing, delimiter, value, owner, source, matchThreshold, list);
  }

  public ImportOptions withOwner(Owner value) {
    return new ImportOptions(columns, fillPolicy, batchSize, keepGoing, delimiter, defaultRegion, value, source, matchThreshold, list);
  }

  public ImportOptions withSource(String value) {
    return new ImportOptions(columns, fillPolicy, batchSize, keepGoing, delimiter, defaultRegion, owner, value, matchThreshold, list);
  }

  public ImportOptions withMatchThreshold(double value) {
    return new ImportOptions(columns, fillPolicy, batchSize, keepGoing, delimiter, defaultRegion, owner, source, value, list);
  }

  /** Every imported (created, updated or unchanged) contact joins {@code value}. */
  public ImportOptions withList(ListId value) {
    return new ImportOptions(columns, fillPolicy, batchSize, keepGoing, delimiter, defaultRegion, owner, source, matchThreshold, Optional.of(value));
  }
}
