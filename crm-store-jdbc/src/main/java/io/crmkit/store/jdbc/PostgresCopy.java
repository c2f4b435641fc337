package io.crmkit.store.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk loading on PostgreSQL: the records and their value rows are streamed with {@code COPY} into two
 * session-private staging tables (temporary, so unlogged, and {@code ON COMMIT DELETE ROWS}), then moved
 * with one {@code INSERT … SELECT} per table. The staging step exists because {@code COPY FROM} refuses
 * tables with row-level security; the final inserts go through the policies and the primary key like any
 * insert, so a duplicate id fails the whole load (unique violation 23505) and nothing is half-written.
 *
 * <p>Only loaded on PostgreSQL: the driver is an optional dependency.
 */
final class PostgresCopy {
  private static final int FLUSH_CHARS = 1 << 20;

  private static final String STAGE =
      "CREATE TEMP TABLE IF NOT EXISTS crmkit_stage_records (id text COLLATE \"C\", version bigint, document jsonb)"
          + " ON COMMIT DELETE ROWS;"
          + " CREATE TEMP TABLE IF NOT EXISTS crmkit_stage_fields (id text COLLATE \"C\", field text COLLATE \"C\","
          + " indexed_field boolean, v_text text COLLATE \"C\", v_num numeric) ON COMMIT DELETE ROWS;"
          + " TRUNCATE crmkit_stage_records, crmkit_stage_fields";

  private PostgresCopy() {}

  /** What the load needs of the repository: each record's key, version, document and value rows. */
  interface Source<T> {
    String id(T record);

    long version(T record);

    String document(T record);

    void fieldRows(T record, JdbcRepository.SqlRowSink sink) throws SQLException;
  }

  /** Loads {@code records} of {@code entityType} in {@code tenant}; the caller runs it in a transaction. */
  static <T> void insert(Connection c, String tenant, String entityType, List<T> records, Source<T> source) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(STAGE);
      s.clearWarnings(); // the NOTICEs of existing staging tables
    }
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    try (Writer records1 = new Writer(copy.copyIn("COPY crmkit_stage_records (id, version, document) FROM STDIN"))) {
      for (T r : records) {
        records1.text(source.id(r)).tab().raw(Long.toString(source.version(r))).tab().text(source.document(r)).endRow();
      }
      records1.finish();
    }
    try (Writer fields = new Writer(copy.copyIn("COPY crmkit_stage_fields (id, field, indexed_field, v_text, v_num) FROM STDIN"))) {
      JdbcRepository.SqlRowSink sink = (id, field, indexed, text, num) ->
          fields.text(id).tab().text(field).tab().raw(indexed ? "t" : "f").tab().nullableText(text).tab().number(num).endRow();
      for (T r : records) {
        source.fieldRows(r, sink);
      }
      fields.finish();
    }
    move(c, "INSERT INTO crm_records (tenant_id, entity_type, id, version, document)"
        + " SELECT ?, ?, id, version, document FROM crmkit_stage_records ORDER BY id", tenant, entityType);
    move(c, "INSERT INTO crm_fields (tenant_id, entity_type, id, field, indexed_field, v_text, v_num)"
        + " SELECT ?, ?, id, field, indexed_field, v_text, v_num FROM crmkit_stage_fields ORDER BY id, field", tenant, entityType);
  }

  private static void move(Connection c, String sql, String tenant, String entityType) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant);
      ps.setString(2, entityType);
      ps.executeUpdate();
    }
  }

  /** {@code s} escaped for COPY's text format: backslash, newline, carriage return and tab. */
  static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(ch);
      }
    }
  }

  /** Rows of COPY text format, sent in chunks of about a megabyte; cancels the copy unless finished. */
  private static final class Writer implements AutoCloseable {
    private final CopyIn in;
    private final StringBuilder buf = new StringBuilder(FLUSH_CHARS + 4096);
    private boolean done;

    Writer(CopyIn in) {
      this.in = in;
    }

    Writer text(String s) {
      escape(buf, s);
      return this;
    }

    Writer nullableText(@Nullable String s) {
      return s == null ? raw("\\N") : text(s);
    }

    Writer number(@Nullable BigDecimal n) {
      return n == null ? raw("\\N") : raw(n.toPlainString());
    }

    Writer raw(String s) {
      buf.append(s);
      return this;
    }

    Writer tab() {
      buf.append('\t');
      return this;
    }

    void endRow() throws SQLException {
      buf.append('\n');
      if (buf.length() >= FLUSH_CHARS) {
        flush();
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      buf.setLength(0);
    }

    void finish() throws SQLException {
      flush();
      in.endCopy();
      done = true;
    }

    @Override
    public void close() throws SQLException {
      if (!done && in.isActive()) {
        in.cancelCopy();
      }
    }
  }
}
