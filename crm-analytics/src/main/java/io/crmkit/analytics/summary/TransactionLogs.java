package io.crmkit.analytics.summary;

import io.crmkit.core.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads transaction logs: CSV files with a header naming the customer, date and (optional) amount columns,
 * and the whitespace-separated CDNOW sample of the lifetime-value literature. Errors name the line and column
 * that failed. Use {@code TransactionLogs.readCsv(reader, "customer", "date", Optional.of("amount"))}.
 *
 * <p>Dates are ISO ({@code 1997-01-01}) or basic ({@code 19970101}); a time part after the date
 * ({@code 1997-01-01T10:15:00} or {@code 1997-01-01 10:15}) is ignored, since summaries work on days.
 */
public final class TransactionLogs {
  private TransactionLogs() {}

  /**
   * Reads a CSV log with a header line. Fields may be quoted with {@code "}; a column name not in the header is a
   * {@link ValidationException} naming the header's columns.
   */
  public static List<Transaction> readCsv(
      Reader reader, String customerColumn, String dateColumn, Optional<String> amountColumn) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(customerColumn, "customerColumn");
    Objects.requireNonNull(dateColumn, "dateColumn");
    Objects.requireNonNull(amountColumn, "amountColumn");
    try (BufferedReader in = new BufferedReader(reader)) {
      String header = in.readLine();
      if (header == null) {
        throw new ValidationException("line 1", "the file is empty; expected a header naming the columns");
      }
      List<String> names = Csv.split(stripBom(header), 1);
      int customer = column(names, customerColumn);
      int date = column(names, dateColumn);
      int amount = amountColumn.isPresent() ? column(names, amountColumn.get()) : -1;
      List<Transaction> out = new ArrayList<>();
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        List<String> f = Csv.split(line, lineNo);
        if (f.size() < names.size()) {
          throw new ValidationException("line " + lineNo,
              "has " + f.size() + " fields but the header names " + names.size() + " columns");
        }
        String id = f.get(customer).trim();
        if (id.isEmpty()) {
          throw new ValidationException("line " + lineNo + ", column '" + customerColumn + "'", "is empty");
        }
        LocalDate day = parseDate(f.get(date), lineNo, dateColumn);
        double value = amount < 0 ? 0.0 : parseAmount(f.get(amount), lineNo, amountColumn.get());
        out.add(new Transaction(id, day, value));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the CDNOW sample ({@code CDNOW_sample.txt}: whitespace-separated {@code master_id sample_id yyyymmdd
   * cds dollars}, no header, CRLF or LF lines) keyed by the sample id without its leading zeros ({@code 00017}
   * becomes {@code 17}, as in the CSV files of the same data), with the dollar value as the amount.
   */
  public static List<Transaction> readCdnowSample(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try (BufferedReader in = new BufferedReader(reader)) {
      List<Transaction> out = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        String[] f = trimmed.split("\\s+");
        if (f.length != 5) {
          throw new ValidationException("line " + lineNo,
              "expected 5 whitespace-separated fields (master id, sample id, date, cds, dollars), found " + f.length);
        }
        out.add(new Transaction(withoutLeadingZeros(f[1]), parseDate(f[2], lineNo, "date"),
            parseAmount(f[4], lineNo, "dollars")));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutLeadingZeros(String id) {
    int i = 0;
    while (i < id.length() - 1 && id.charAt(i) == '0') {
      i++;
    }
    return id.substring(i);
  }

  /** Parses an ISO or basic date, ignoring a time part; errors name the line and column. */
  static LocalDate parseDate(String raw, int lineNo, String column) {
    String s = raw.trim();
    try {
      if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
        return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
      }
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new ValidationException("line " + lineNo + ", column '" + column + "'",
          "'" + s + "' is not a date such as 1997-01-01 or 19970101");
    }
  }

  private static double parseAmount(String raw, int lineNo, String column) {
    String s = raw.trim();
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v) || v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ValidationException("line " + lineNo + ", column '" + column + "'",
          "'" + s + "' is not an amount >= 0 such as 29.33");
    }
  }

  private static int column(List<String> names, String wanted) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).trim().equals(wanted)) {
        return i;
      }
    }
    throw new ValidationException("line 1", "no column '" + wanted + "' in the header; the columns are " + names);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
