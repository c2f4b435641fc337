package io.crmkit.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the databases the store runs on. Everything else (the tables, the criteria SQL,
 * keyset paging) is the same text on both.
 */
enum Dialect {
  /** PostgreSQL 13+ (and PostgreSQL-compatible distributed databases such as Citus). */
  POSTGRESQL("postgresql", true, "CAST(? AS jsonb)", " ON CONFLICT DO NOTHING", " FOR UPDATE SKIP LOCKED"),
  /** H2 2.x, embedded in memory or in a file. */
  H2("h2", false, "?", "", " FOR UPDATE");

  private final String migrationFolder;
  private final boolean rowLevelSecurity;
  private final String documentParameter;
  private final String insertIgnoringConflict;
  private final String lockPending;

  Dialect(String migrationFolder, boolean rowLevelSecurity, String documentParameter, String insertIgnoringConflict, String lockPending) {
    this.migrationFolder = migrationFolder;
    this.rowLevelSecurity = rowLevelSecurity;
    this.documentParameter = documentParameter;
    this.insertIgnoringConflict = insertIgnoringConflict;
    this.lockPending = lockPending;
  }

  /** The dialect of the database behind {@code connection}. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "the crmkit JDBC store runs on PostgreSQL or H2, not on '" + product + "'");
  }

  /** The Flyway location of this database's migrations. */
  String migrationLocation() {
    return "classpath:db/migration/crmkit/" + migrationFolder;
  }

  /** Whether row-level security policies keyed on {@code crmkit.tenant} guard the tables. */
  boolean rowLevelSecurity() {
    return rowLevelSecurity;
  }

  /** The placeholder of a JSON document parameter. */
  String documentParameter() {
    return documentParameter;
  }

  /**
   * The clause that makes an insert of an existing key affect no row instead of failing (PostgreSQL: a
   * failed statement would abort the whole transaction); empty where a failed statement is harmless.
   */
  String insertIgnoringConflict() {
    return insertIgnoringConflict;
  }

  /** The locking clause with which a relay claims pending outbox rows. */
  String lockPending() {
    return lockPending;
  }

  /**
   * Text as the database stores and compares it. PostgreSQL keeps it unchanged (columns use COLLATE "C",
   * which orders UTF-8 by byte, that is by code point). H2 compares strings by UTF-16 unit, which puts
   * supplementary characters (surrogate pairs, 0xD800-0xDFFF) before 0xE000-0xFFFF; this transform moves
   * surrogates above and 0xE000-0xFFFF below, so UTF-16 order of the result is code-point order of the
   * original. It maps char to char, so equality, prefixes and substrings are preserved.
   */
  String text(String s) {
    if (this != H2) {
      return s;
    }
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char m = c >= 0xD800 && c <= 0xDFFF ? (char) (c + 0x2000) : c >= 0xE000 ? (char) (c - 0x800) : c;
      if (m != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = m;
      }
    }
    return out == null ? s : new String(out);
  }
}
