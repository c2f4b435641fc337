package io.crmkit.examples.cli;

import io.crmkit.core.CrmException;
import io.crmkit.core.match.DedupeResult;
import io.crmkit.core.match.Deduplicator;
import io.crmkit.core.match.FieldKind;
import io.crmkit.core.match.MatchField;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.core.match.MatchSchema;
import io.crmkit.core.match.PrecisionRecallCurve;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm dedupe}: finds the duplicates in any CSV file with crmkit's matching engine and writes one row per
 * input record with its cluster ({@code record_id,cluster_id}). The columns to compare are named with their
 * kind; nothing else about the file is assumed. Bad CSV (a missing column, a ragged row, bad UTF-8) gets a
 * message naming the line and exit code 2.
 */
@Command(
    name = "dedupe",
    description = {
      "Find duplicate records in a CSV file and write each record's cluster.",
      "Unsupervised: the match model is fitted to the file itself (Fellegi-Sunter, m/u by EM). The output has "
          + "the header record_id,cluster_id; a cluster id is the smallest record id in the cluster.",
      "KIND is one of: given_name, family_name, full_name, email, phone, street, street_number, city, suburb, "
          + "postcode, state, country, date, company, text, id_number."
    })
final class DedupeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv",
      description = "The CSV file to deduplicate: UTF-8, a header row, comma separated, \"quoted\" fields allowed.")
  Path input;

  @Option(names = "--id-column", required = true, paramLabel = "COL", description = "The column with each record's id.")
  String idColumn;

  @Option(names = "--field", required = true, paramLabel = "COL:KIND", converter = FieldConverter.class,
      description = "A column to compare and its kind, e.g. surname:family_name. Repeat for each column.")
  List<MatchField> fields = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "P", converter = ThresholdConverter.class,
      description = "Match probability at or above which two records are the same (0 < P < 1). "
          + "Default: chosen from the model's estimated precision/recall curve.")
  Optional<Double> threshold = Optional.empty();

  @Option(names = "--output", required = true, paramLabel = "FILE.csv", description = "Where to write record_id,cluster_id.")
  Path output;

  @Option(names = "--explain", paramLabel = "ID1,ID2", description = "Print the match waterfall of these two records.")
  Optional<String> explain = Optional.empty();

  @Option(names = "--region", paramLabel = "CC", defaultValue = "US",
      description = "Region for phone numbers without a country code (ISO 3166, e.g. DE). Default: ${DEFAULT-VALUE}.")
  String region = "US";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<MatchRecord> records;
    try {
      records = read();
    } catch (BadCsv e) {
      err.println("crm dedupe: " + input + ": " + e.getMessage());
      err.flush();
      return 2;
    }
    Deduplicator.Builder config;
    try {
      config = Deduplicator.builder(new MatchSchema(fields));
    } catch (CrmException e) {
      err.println("crm dedupe: --field: " + e.getMessage());
      err.flush();
      return 2;
    }
    try {
      config.region(region);
    } catch (CrmException e) {
      err.println("crm dedupe: --region: " + e.getMessage());
      err.flush();
      return 2;
    }
    threshold.ifPresent(config::threshold);
    Optional<String[]> pair = Optional.empty();
    if (explain.isPresent()) {
      String[] ids = explain.get().split(",", -1);
      Map<String, Boolean> known = new HashMap<>();
      records.forEach(r -> known.put(r.id(), true));
      if (ids.length != 2 || !known.containsKey(ids[0].strip()) || !known.containsKey(ids[1].strip())) {
        err.println("crm dedupe: --explain needs two record ids of the input separated by a comma, like ID1,ID2, but got '"
            + explain.get() + "'");
        err.flush();
        return 2;
      }
      pair = Optional.of(new String[] {ids[0].strip(), ids[1].strip()});
    }
    DedupeResult result = config.build().run(records);
    write(result);
    long clusters = result.clusterIds().values().stream().distinct().count();
    List<List<String>> duplicates = result.duplicateClusters();
    long inDuplicates = duplicates.stream().mapToLong(List::size).sum();
    out.printf(Locale.ROOT, "%,d records in %,d clusters; %,d records in %,d clusters of duplicates%n",
        records.size(), clusters, inDuplicates, duplicates.size());
    if (threshold.isPresent()) {
      out.printf(Locale.ROOT, "threshold %.3f (given)%n", result.threshold());
    } else {
      PrecisionRecallCurve.Point best = result.curve().best();
      out.printf(Locale.ROOT, "threshold %.3f (chosen from the model: expected precision %.3f, recall %.3f)%n",
          best.threshold(), best.precision(), best.recall());
    }
    out.printf(Locale.ROOT, "candidate pairs %,d of %,d; model lambda %.5f%n", result.blocking().candidatePairs(),
        result.blocking().allPairs(), result.model().lambda());
    out.println("wrote " + output);
    pair.ifPresent(p -> {
      out.println();
      out.print(result.explain(p[0], p[1]).waterfall());
      out.println(result.clusterOf(p[0]).equals(result.clusterOf(p[1])) ? "same cluster" : "different clusters");
    });
    out.flush();
    return 0;
  }

  private void write(DedupeResult result) throws IOException {
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      w.write("record_id,cluster_id\n");
      for (Map.Entry<String, String> e : result.clusterIds().entrySet()) {
        w.write(quote(e.getKey()) + "," + quote(e.getValue()) + "\n");
      }
    }
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** A CSV problem, with the line it is on in the message. */
  static final class BadCsv extends Exception {
    private static final long serialVersionUID = 1L;

    BadCsv(String message) {
      super(message);
    }
  }

  private List<MatchRecord> read() throws IOException, BadCsv {
    if (!Files.isRegularFile(input)) {
      throw new BadCsv("no such file");
    }
    String text = decode(Files.readAllBytes(input));
    List<Row> rows = Csv.parse(text);
    if (rows.isEmpty()) {
      throw new BadCsv("line 1: the file is empty; it needs a header row naming the columns");
    }
    List<String> header = rows.get(0).cells;
    Map<String, Integer> column = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      column.putIfAbsent(header.get(i), i);
    }
    List<String> needed = new ArrayList<>();
    needed.add(idColumn);
    fields.forEach(f -> needed.add(f.name()));
    for (String name : needed) {
      if (!column.containsKey(name)) {
        throw new BadCsv("line 1: the header has no column '" + name + "' (columns: " + String.join(", ", header) + ")");
      }
    }
    int idIndex = column.get(idColumn);
    Map<String, Integer> firstLine = new HashMap<>();
    List<MatchRecord> records = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (row.cells.size() == 1 && row.cells.get(0).isEmpty()) {
        continue; // a blank line
      }
      if (row.cells.size() != header.size()) {
        throw new BadCsv("line " + row.line + ": has " + row.cells.size() + " fields but the header has " + header.size());
      }
      String id = row.cells.get(idIndex);
      if (id.isEmpty()) {
        throw new BadCsv("line " + row.line + ": the id column '" + idColumn + "' is empty");
      }
      Integer seen = firstLine.putIfAbsent(id, row.line);
      if (seen != null) {
        throw new BadCsv("line " + row.line + ": record id '" + id + "' appears twice (first on line " + seen + ")");
      }
      Map<String, String> values = new HashMap<>();
      for (MatchField f : fields) {
        values.put(f.name(), row.cells.get(column.get(f.name())));
      }
      try {
        records.add(new MatchRecord(id, values));
      } catch (CrmException e) {
        throw new BadCsv("line " + row.line + ": " + e.getMessage());
      }
    }
    return records;
  }

  /** Strict UTF-8 decoding; malformed bytes are reported with their line. */
  static String decode(byte[] bytes) throws BadCsv {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BadCsv("line " + line + ": is not valid UTF-8 (byte " + (in.position() + 1) + " of the file)");
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      throw new BadCsv("is not valid UTF-8");
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  record Row(int line, List<String> cells) {}

  /** RFC 4180 CSV with double-quoted fields; unquoted fields are trimmed (so {@code a, b} reads as a and b). */
  static final class Csv {
    private Csv() {}

    static List<Row> parse(String text) throws BadCsv {
      List<Row> rows = new ArrayList<>();
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      int line = 1;
      int rowLine = 1;
      boolean quoted = false;
      boolean wasQuoted = false;
      int i = 0;
      int n = text.length();
      while (i < n) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
              continue;
            }
            quoted = false;
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append(c);
          }
          i++;
          continue;
        }
        if (c == '"' && cell.toString().isBlank()) {
          quoted = true;
          wasQuoted = true;
          cell.setLength(0);
        } else if (c == ',') {
          cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
          cell.setLength(0);
          wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
          cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
          rows.add(new Row(rowLine, List.copyOf(cells)));
          cells.clear();
          cell.setLength(0);
          wasQuoted = false;
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          line++;
          rowLine = line;
        } else if (wasQuoted) {
          if (!Character.isWhitespace(c)) {
            throw new BadCsv("line " + line + ": text after a closing quote (write a quote inside a field as \"\")");
          }
        } else {
          cell.append(c);
        }
        i++;
      }
      if (quoted) {
        throw new BadCsv("line " + rowLine + ": a quoted field is not closed before the end of the file");
      }
      if (!cells.isEmpty() || cell.length() > 0 || wasQuoted) {
        cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
        rows.add(new Row(rowLine, List.copyOf(cells)));
      }
      return rows;
    }
  }

  /** Reads {@code --field COL:KIND}. */
  static final class FieldConverter implements CommandLine.ITypeConverter<MatchField> {
    @Override
    public MatchField convert(String value) {
      int colon = value.lastIndexOf(':');
      if (colon <= 0 || colon == value.length() - 1) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not COLUMN:KIND, e.g. surname:family_name");
      }
      try {
        return new MatchField(value.substring(0, colon), FieldKind.parse(value.substring(colon + 1)));
      } catch (CrmException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --threshold}. */
  static final class ThresholdConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double p;
      try {
        p = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a probability such as 0.9");
      }
      if (!(p > 0 && p < 1)) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not strictly between 0 and 1");
      }
      return p;
    }
  }
}
