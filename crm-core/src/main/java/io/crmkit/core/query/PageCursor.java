package io.crmkit.core.query;

import io.crmkit.core.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The position of the last record of a page in a keyset-paged listing: the values of that record's sort
 * keys (each possibly absent) and its id. Stores hand it out as an opaque, URL-safe string and read it back
 * when the next page is asked for; every store uses this one format, so cursors never depend on an engine.
 *
 * <p>{@code String next = new PageCursor(sort, values, id).encode();} and later
 * {@code PageCursor at = PageCursor.decode(request.after().get(), sort);}
 *
 * <p>A cursor remembers the sort it was made for (field names, kinds and directions); decoding it for
 * another sort, or decoding anything that is not a cursor, throws a {@link ValidationException} on field
 * {@code cursor}.
 *
 * @param sort the order of the listing the cursor belongs to
 * @param values the sort-key values of the last record, one per sort key, empty where the record has none
 * @param id the id text of the last record, the final tie-breaker
 */
public record PageCursor(Sort sort, List<Optional<Object>> values, String id) {
  private static final int FORMAT = 1;
  private static final String FIELD = "cursor";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public PageCursor {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(id, "id");
    ValidationException.check(
        values.size() == sort.keys().size(),
        FIELD,
        "needs one value per sort key (" + sort.keys().size() + ") but got " + values.size());
    List<Optional<Object>> checked = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      FieldRef<?> field = sort.keys().get(i).field();
      Optional<Object> v = Objects.requireNonNull(values.get(i), "values[" + i + "]");
      checked.add(v.map(field::cast));
    }
    values = List.copyOf(checked);
    ValidationException.check(!id.isEmpty(), FIELD, "needs a non-empty record id");
  }

  /** The opaque, URL-safe text of this cursor (Base64url without padding). */
  public String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeShort(sort.keys().size());
      for (int i = 0; i < sort.keys().size(); i++) {
        Sort.Key key = sort.keys().get(i);
        writeText(out, key.field().name());
        out.writeByte(key.field().kind().ordinal());
        out.writeBoolean(key.descending());
        Optional<Object> value = values.get(i);
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
          writeValue(out, key.field().kind(), value.get());
        }
      }
      writeText(out, id);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the sink is memory
    }
    return ENCODER.encodeToString(bytes.toByteArray());
  }

  /**
   * Reads a cursor that {@link #encode()} made for the listing ordered by {@code expected}.
   *
   * @throws ValidationException on field {@code cursor} if the text is not a cursor or belongs to another sort
   */
  public static PageCursor decode(String cursor, Sort expected) {
    Objects.requireNonNull(cursor, FIELD);
    Objects.requireNonNull(expected, "expected");
    byte[] raw;
    try {
      raw = DECODER.decode(cursor);
    } catch (IllegalArgumentException e) {
      throw malformed("is not Base64url text");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
      if (in.readUnsignedByte() != FORMAT) {
        throw malformed("has an unknown format version");
      }
      int n = in.readUnsignedShort();
      if (n != expected.keys().size()) {
        throw mismatch(expected);
      }
      List<Optional<Object>> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Sort.Key key = expected.keys().get(i);
        String name = readText(in);
        int kindOrdinal = in.readUnsignedByte();
        boolean descending = in.readBoolean();
        if (!name.equals(key.field().name())
            || kindOrdinal != key.field().kind().ordinal()
            || descending != key.descending()) {
          throw mismatch(expected);
        }
        values.add(in.readBoolean() ? Optional.of(readValue(in, key.field().kind())) : Optional.empty());
      }
      String id = readText(in);
      if (in.read() != -1) {
        throw malformed("has trailing bytes");
      }
      return new PageCursor(expected, values, id);
    } catch (IOException | DateTimeException | NumberFormatException | ArithmeticException e) {
      throw malformed("is truncated or corrupt (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static ValidationException malformed(String why) {
    return new ValidationException(FIELD, why + ": pass the nextCursor of a page unchanged");
  }

  private static ValidationException mismatch(Sort expected) {
    return new ValidationException(
        FIELD, "was made for another sort than " + describe(expected) + ": keep the sort while paging");
  }

  private static String describe(Sort sort) {
    StringBuilder b = new StringBuilder("[");
    for (Sort.Key k : sort.keys()) {
      b.append(k.field().name()).append(k.descending() ? " desc, " : " asc, ");
    }
    return b.append("id asc]").toString();
  }

  // text is written as UTF-16 units, so any Java string (even a lone surrogate) survives the round trip
  private static void writeText(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String readText(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > in.available() / 2) {
      throw new IOException("bad text length " + len);
    }
    char[] chars = new char[len];
    for (int i = 0; i < len; i++) {
      chars[i] = in.readChar();
    }
    return new String(chars);
  }

  private static void writeValue(DataOutputStream out, ValueKind kind, Object v) throws IOException {
    switch (kind) {
      case TEXT -> writeText(out, (String) v);
      case LONG -> out.writeLong((Long) v);
      case DECIMAL -> writeText(out, ((BigDecimal) v).toString());
      case BOOLEAN -> out.writeBoolean((Boolean) v);
      case INSTANT -> {
        Instant t = (Instant) v;
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
      }
      case DATE -> out.writeLong(((LocalDate) v).toEpochDay());
    }
  }

  private static Object readValue(DataInputStream in, ValueKind kind) throws IOException {
    return switch (kind) {
      case TEXT -> readText(in);
      case LONG -> in.readLong();
      case DECIMAL -> new BigDecimal(readText(in));
      case BOOLEAN -> in.readBoolean();
      case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
      case DATE -> LocalDate.ofEpochDay(in.readLong());
    };
  }
}
