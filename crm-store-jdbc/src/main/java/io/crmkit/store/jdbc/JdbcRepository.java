package io.crmkit.store.jdbc;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageCursor;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import io.crmkit.core.store.Repository;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The records of one entity type in one tenant of a {@link JdbcStore}: rows of {@code crm_records} with
 * their field values in {@code crm_fields}, every statement filtered by tenant and type.
 *
 * @param <T> the aggregate type
 * @param <I> its id type
 */
final class JdbcRepository<T extends Aggregate<I>, I extends EntityId> implements Repository<T, I> {
  private static final String INSERT_RECORD =
      "INSERT INTO crm_records (tenant_id, entity_type, id, version, document) VALUES (?, ?, ?, ?, %s)";
  private static final String INSERT_FIELD =
      "INSERT INTO crm_fields (tenant_id, entity_type, id, field, indexed_field, v_text, v_num) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String WHERE_RECORD = " WHERE tenant_id = ? AND entity_type = ? AND id = ?";
  private static final int ID_CHUNK = 500;

  private final EntityType<T, I> type;
  private final TenantId tenant;
  private final Transactions transactions;
  private final Dialect dialect;
  private final DocumentCodec<T> codec;
  private final List<FieldBinding<T>> materialised;
  private final EntityType.@Nullable CustomFieldLister<T> customLister;

  JdbcRepository(EntityType<T, I> type, TenantId tenant, Transactions transactions, DocumentCodec<T> codec) {
    this.type = type;
    this.tenant = tenant;
    this.transactions = transactions;
    this.dialect = transactions.dialect();
    this.codec = codec;
    List<FieldBinding<T>> fields = new ArrayList<>();
    for (FieldBinding<T> b : type.fields().values()) {
      if (!b.name().equals(EntityType.ID.name())) {
        fields.add(b);
      }
    }
    this.materialised = List.copyOf(fields);
    this.customLister = type.customFieldLister().orElse(null);
  }

  @Override
  public EntityType<T, I> type() {
    return type;
  }

  @Override
  public Optional<T> find(I id) {
    Objects.requireNonNull(id, "id");
    return transactions.sql(tenant, "finding " + type.name() + " " + id.value(), c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT version, document FROM crm_records" + WHERE_RECORD)) {
        bindRecordKey(ps, 1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(decode(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<T> findAll(Collection<I> ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> wanted = new ArrayList<>(new java.util.LinkedHashSet<>(ids.stream().map(EntityId::value).toList()));
    Map<String, T> found = transactions.sql(tenant, "finding " + type.name() + " records", c -> {
      Map<String, T> out = new HashMap<>();
      for (int from = 0; from < wanted.size(); from += ID_CHUNK) {
        List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + ID_CHUNK));
        Sql sql = new Sql().append("SELECT r.version, r.document FROM crm_records r WHERE r.tenant_id = ").param(tenant.value())
            .append(" AND r.entity_type = ").param(type.name()).append(" AND r.id IN (");
        for (int i = 0; i < chunk.size(); i++) {
          sql.append(i == 0 ? "" : ", ").param(dialect.text(chunk.get(i)));
        }
        sql.append(")");
        try (PreparedStatement ps = sql.bind(c.prepareStatement(sql.text())); ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            T r = decode(rs);
            out.put(r.id().value(), r);
          }
        }
      }
      return out;
    });
    List<T> result = new ArrayList<>(ids.size());
    for (I id : ids) {
      T r = found.get(id.value());
      if (r != null) {
        result.add(r);
      }
    }
    return Collections.unmodifiableList(result);
  }

  @Override
  public T insert(T record) {
    Objects.requireNonNull(record, "record");
    checkNew(record);
    T stored = withVersion(record, 1);
    return transactions.sql(tenant, "inserting " + type.name() + " " + record.id().value(), c -> {
      if (!insertRecord(c, stored)) {
        throw conflict(c, stored.id().value(), 0);
      }
      insertFields(c, List.of(stored));
      return stored;
    });
  }

  @Override
  public List<T> insertAll(Collection<T> records) {
    Objects.requireNonNull(records, "records");
    List<T> stored = new ArrayList<>(records.size());
    Set<String> seen = new HashSet<>();
    for (T r : records) {
      checkNew(Objects.requireNonNull(r, "record"));
      if (!seen.add(r.id().value())) {
        // the second of two equal ids conflicts with the first, which the batch would have stored
        throw new ConcurrencyConflictException(type.name(), r.id().value(), 0, 1);
      }
      stored.add(withVersion(r, 1));
    }
    if (stored.isEmpty()) {
      return List.of();
    }
    try {
      transactions.atomic(tenant, "inserting " + stored.size() + " " + type.name() + " records", c -> {
        if (dialect == Dialect.POSTGRESQL && stored.size() >= transactions.config().copyThreshold()) {
          try {
            PostgresCopy.insert(c, tenant.value(), type.name(), stored, copySource());
          } catch (SQLException e) {
            if (isUniqueViolation(e)) {
              throw new DuplicateKey(e);
            }
            throw e;
          }
          return null;
        }
        String sql = String.format(INSERT_RECORD, dialect.documentParameter());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          int pending = 0;
          for (T r : stored) {
            bindRecord(ps, r);
            ps.addBatch();
            if (++pending == transactions.config().batchSize()) {
              ps.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            ps.executeBatch();
          }
        } catch (SQLException e) {
          if (isUniqueViolation(e)) {
            throw new DuplicateKey(e);
          }
          throw e;
        }
        insertFields(c, stored);
        return null;
      });
    } catch (DuplicateKey e) {
      // the batch is rolled back; name the first record that exists (the database does not say which)
      List<I> ids = stored.stream().map(Aggregate::id).toList();
      for (T existing : findAll(ids)) {
        throw new ConcurrencyConflictException(type.name(), existing.id().value(), 0, existing.version());
      }
      throw new ConcurrencyConflictException(type.name(), stored.get(0).id().value(), 0, -1);
    }
    return Collections.unmodifiableList(stored);
  }

  @Override
  public T update(T record) {
    Objects.requireNonNull(record, "record");
    checkTenant(record);
    T stored = withVersion(record, record.version() + 1);
    String id = record.id().value();
    return transactions.sql(tenant, "updating " + type.name() + " " + id, c -> {
      String sql = "UPDATE crm_records SET version = ?, document = " + dialect.documentParameter() + WHERE_RECORD + " AND version = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, stored.version());
        ps.setString(2, codec.write(stored));
        bindRecordKey(ps, 3, id);
        ps.setLong(6, record.version());
        if (ps.executeUpdate() != 1) {
          throw conflict(c, id, record.version());
        }
      }
      deleteFields(c, id);
      insertFields(c, List.of(stored));
      return stored;
    });
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    transactions.sql(tenant, "deleting " + type.name() + " " + id.value(), c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM crm_records" + WHERE_RECORD + " AND version = ?")) {
        bindRecordKey(ps, 1, id.value());
        ps.setLong(4, expectedVersion);
        if (ps.executeUpdate() != 1) {
          throw conflict(c, id.value(), expectedVersion);
        }
      }
      deleteFields(c, id.value());
      return null;
    });
  }

  @Override
  public List<T> query(Query query) {
    Objects.requireNonNull(query, "query");
    type.validate(query.sort());
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    if (limit == 0) {
      type.validate(query.criteria());
      return List.of();
    }
    return Collections.unmodifiableList(select(query.criteria(), query.sort(), null, limit));
  }

  @Override
  public long count(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    SqlCriteria.Compiled compiled = SqlCriteria.compile(criteria, type, dialect);
    Sql sql = new Sql().append(compiled.exact() ? "SELECT count(*)" : "SELECT r.version, r.document")
        .append(" FROM crm_records r WHERE ").append(scope()).append(" AND ").append(compiled.condition());
    return transactions.sql(tenant, "counting " + type.name() + " records", c -> {
      if (compiled.exact()) {
        try (PreparedStatement ps = sql.bind(c.prepareStatement(sql.text())); ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
      Predicate<T> matcher = type.matcher(criteria);
      long[] n = {0};
      scan(c, sql, r -> {
        if (matcher.test(r)) {
          n[0]++;
        }
        return true;
      });
      return n[0];
    });
  }

  @Override
  public Page<T> page(Criteria criteria, Sort sort, PageRequest request) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(request, "request");
    type.validate(sort);
    PageCursor after = request.after().map(c -> PageCursor.decode(c, sort)).orElse(null);
    List<T> rows = select(criteria, sort, after, request.size() + 1);
    Optional<String> next = Optional.empty();
    if (rows.size() > request.size()) {
      rows = rows.subList(0, request.size());
      next = Optional.of(cursor(sort, rows.get(rows.size() - 1)).encode());
    }
    return new Page<>(rows, next, request.size());
  }

  @Override
  public Stream<T> stream(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    SqlCriteria.Compiled compiled = SqlCriteria.compile(criteria, type, dialect);
    Sql sql = selectSql(compiled, Sort.byId(), null, Integer.MAX_VALUE);
    Predicate<T> filter = compiled.exact() ? r -> true : type.matcher(criteria);
    Transactions.Tx tx = transactions.current();
    Connection c = null;
    PreparedStatement ps = null;
    ResultSet rs = null;
    try {
      if (tx != null) {
        transactions.bindTenant(tx, tenant.value());
        c = tx.connection;
      } else {
        c = transactions.open();
        Transactions.Tx own = new Transactions.Tx(c);
        transactions.bindTenant(own, tenant.value());
      }
      ps = sql.bind(c.prepareStatement(sql.text()));
      ps.setFetchSize(transactions.config().fetchSize());
      rs = ps.executeQuery();
    } catch (SQLException e) {
      JdbcStoreException failure = new JdbcStoreException("streaming " + type.name() + " records failed", e);
      closeAll(rs, ps, tx == null ? c : null, failure);
      throw failure;
    }
    Connection owned = tx == null ? c : null;
    ResultSet results = rs;
    PreparedStatement statement = ps;
    Spliterator<T> rows = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        try {
          while (results.next()) {
            T r = decode(results);
            if (filter.test(r)) {
              action.accept(r);
              return true;
            }
          }
          return false;
        } catch (SQLException e) {
          throw new JdbcStoreException("streaming " + type.name() + " records failed", e);
        }
      }
    };
    return StreamSupport.stream(rows, false).onClose(() -> {
      RuntimeException failure = new RuntimeException("closing the stream");
      closeAll(results, statement, owned, failure);
      if (failure.getSuppressed().length > 0) {
        throw new IllegalStateException("closing a stream of " + type.name() + " records failed", failure);
      }
    });
  }

  /** The first {@code limit} records matching {@code criteria} after {@code after}, in {@code sort} order. */
  private List<T> select(Criteria criteria, Sort sort, @Nullable PageCursor after, int limit) {
    SqlCriteria.Compiled compiled = SqlCriteria.compile(criteria, type, dialect);
    Sql sql = selectSql(compiled, sort, after, compiled.exact() ? limit : Integer.MAX_VALUE);
    Predicate<T> filter = compiled.exact() ? r -> true : type.matcher(criteria);
    return transactions.sql(tenant, "querying " + type.name() + " records", c -> {
      List<T> out = new ArrayList<>();
      scan(c, sql, r -> {
        if (filter.test(r)) {
          out.add(r);
        }
        return out.size() < limit;
      });
      return out;
    });
  }

  private Sql selectSql(SqlCriteria.Compiled compiled, Sort sort, @Nullable PageCursor after, int limit) {
    Sql sql = new Sql().append("SELECT r.version, r.document FROM crm_records r");
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < sort.keys().size(); i++) {
      FieldRef<?> field = sort.keys().get(i).field();
      if (field.name().equals(EntityType.ID.name())) {
        columns.add("r.id");
        continue;
      }
      String alias = "s" + i;
      sql.append(" LEFT JOIN crm_fields " + alias + " ON " + alias + ".tenant_id = r.tenant_id AND " + alias
          + ".entity_type = r.entity_type AND " + alias + ".id = r.id AND " + alias + ".field = ").param(field.name());
      columns.add(alias + "." + FieldColumns.column(field));
    }
    sql.append(" WHERE ").append(scope()).append(" AND ").append(compiled.condition());
    if (after != null) {
      sql.append(" AND ").append(keyset(sort, columns, after));
    }
    sql.append(" ORDER BY ");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(columns.get(i)).append(sort.keys().get(i).descending() ? " DESC NULLS FIRST, " : " ASC NULLS LAST, ");
    }
    sql.append("r.id ASC");
    if (limit != Integer.MAX_VALUE) {
      sql.append(" LIMIT ").param(limit);
    }
    return sql;
  }

  /**
   * The rows after the cursor in the sort's order: for some key, the keys before it equal the cursor's and
   * it comes after the cursor's (absent values last ascending, first descending), or every key is equal
   * and the id is greater.
   */
  private Sql keyset(Sort sort, List<String> columns, PageCursor after) {
    Sql out = new Sql().append("(");
    Sql equalSoFar = new Sql();
    boolean first = true;
    for (int i = 0; i <= columns.size(); i++) {
      Sql strictlyAfter = new Sql();
      Sql equal = new Sql();
      if (i == columns.size()) {
        strictlyAfter.append("r.id > ").param(dialect.text(after.id()));
      } else {
        String col = columns.get(i);
        boolean desc = sort.keys().get(i).descending();
        Optional<Object> v = after.values().get(i);
        FieldRef<?> field = sort.keys().get(i).field();
        if (v.isPresent()) {
          Object p = FieldColumns.encode(field.kind(), v.get(), dialect);
          if (desc) {
            strictlyAfter.append(col + " < ").param(p);
          } else {
            strictlyAfter.append("(" + col + " > ").param(p).append(" OR " + col + " IS NULL)");
          }
          equal.append(col + " = ").param(p);
        } else {
          if (desc) {
            strictlyAfter.append(col + " IS NOT NULL");
          }
          equal.append(col + " IS NULL");
        }
      }
      if (!strictlyAfter.text().isEmpty()) {
        out.append(first ? "(" : " OR (").append(equalSoFar).append(strictlyAfter).append(")");
        first = false;
      }
      if (i < columns.size()) {
        equalSoFar.append(equal).append(" AND ");
      }
    }
    return out.append(")");
  }

  private PageCursor cursor(Sort sort, T record) {
    List<Optional<Object>> values = new ArrayList<>(sort.keys().size());
    for (Sort.Key k : sort.keys()) {
      values.add(Optional.ofNullable(type.binding(k.field()).valueOrNull(record)));
    }
    return new PageCursor(sort, values, record.id().value());
  }

  /** Reads the rows of {@code sql} (version, document) until {@code sink} returns false. */
  private void scan(Connection c, Sql sql, Predicate<T> sink) throws SQLException {
    try (PreparedStatement ps = sql.bind(c.prepareStatement(sql.text()))) {
      ps.setFetchSize(transactions.config().fetchSize());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!sink.test(decode(rs))) {
            return;
          }
        }
      }
    }
  }

  private Sql scope() {
    return new Sql().append("r.tenant_id = ").param(tenant.value()).append(" AND r.entity_type = ").param(type.name());
  }

  private T decode(ResultSet rs) throws SQLException {
    long version = rs.getLong(1);
    T r = codec.read(rs.getString(2));
    return r.version() == version ? r : withVersion(r, version);
  }

  private boolean insertRecord(Connection c, T stored) throws SQLException {
    String sql = String.format(INSERT_RECORD, dialect.documentParameter()) + dialect.insertIgnoringConflict();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindRecord(ps, stored);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (isUniqueViolation(e) && dialect.insertIgnoringConflict().isEmpty()) {
        return false; // H2: the failed statement left the transaction intact
      }
      throw e;
    }
  }

  private void bindRecord(PreparedStatement ps, T stored) throws SQLException {
    ps.setString(1, tenant.value());
    ps.setString(2, type.name());
    ps.setString(3, dialect.text(stored.id().value()));
    ps.setLong(4, stored.version());
    ps.setString(5, codec.write(stored));
  }

  private void bindRecordKey(PreparedStatement ps, int from, String id) throws SQLException {
    ps.setString(from, tenant.value());
    ps.setString(from + 1, type.name());
    ps.setString(from + 2, dialect.text(id));
  }

  private PostgresCopy.Source<T> copySource() {
    return new PostgresCopy.Source<>() {
      @Override
      public String id(T record) {
        return record.id().value();
      }

      @Override
      public long version(T record) {
        return record.version();
      }

      @Override
      public String document(T record) {
        return codec.write(record);
      }

      @Override
      public void fieldRows(T record, SqlRowSink sink) throws SQLException {
        JdbcRepository.this.fieldRows(record, sink);
      }
    };
  }

  /** Writes the value rows of {@code records} (see {@link #fieldRows}). */
  private void insertFields(Connection c, List<T> records) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_FIELD)) {
      int[] pending = {0};
      int batch = transactions.config().batchSize();
      SqlRowSink sink = (id, field, indexed, text, num) -> {
        ps.setString(1, tenant.value());
        ps.setString(2, type.name());
        ps.setString(3, id);
        ps.setString(4, field);
        ps.setBoolean(5, indexed);
        if (text != null) {
          ps.setString(6, text);
          ps.setNull(7, Types.NUMERIC);
        } else {
          ps.setNull(6, Types.VARCHAR);
          ps.setBigDecimal(7, num);
        }
        ps.addBatch();
        if (++pending[0] == batch) {
          ps.executeBatch();
          pending[0] = 0;
        }
      };
      for (T r : records) {
        fieldRows(r, sink);
      }
      if (pending[0] > 0) {
        ps.executeBatch();
      }
    }
  }

  /**
   * The value rows of {@code record}: one per declared field and distinct value, and — when the type lists
   * its custom fields — one per custom field, kind and distinct value (named by {@link FieldColumns#customField}).
   */
  void fieldRows(T record, SqlRowSink sink) throws SQLException {
    String id = dialect.text(record.id().value());
    for (FieldBinding<T> b : materialised) {
      valueRows(id, b.name(), b.indexed() ? Boolean.TRUE : Boolean.FALSE, b.ref().kind(), b.values(record), sink);
    }
    if (customLister != null) {
      for (Map.Entry<String, Map<ValueKind, List<Object>>> e : customLister.values(record).entrySet()) {
        for (Map.Entry<ValueKind, List<Object>> k : e.getValue().entrySet()) {
          valueRows(id, FieldColumns.customField(e.getKey(), k.getKey()), null, k.getKey(), k.getValue(), sink);
        }
      }
    }
  }

  /** The rows of one field's values; {@code indexed} null: text values are indexed when short enough. */
  private void valueRows(String id, String field, @Nullable Boolean indexed, ValueKind kind, List<?> values, SqlRowSink sink)
      throws SQLException {
    Set<Object> distinct = values.size() > 1 ? new HashSet<>() : null;
    for (Object v : values) {
      if (distinct != null && !distinct.add(Values.indexKey(v))) {
        continue;
      }
      Object encoded = FieldColumns.encode(kind, v, dialect);
      if (encoded instanceof String text) {
        sink.row(id, field, indexed != null ? indexed : FieldColumns.indexableText(text), text, null);
      } else {
        sink.row(id, field, indexed != null && indexed, null, (BigDecimal) encoded);
      }
    }
  }

  /** Receives the value rows of a record. */
  @FunctionalInterface
  interface SqlRowSink {
    void row(String id, String field, boolean indexed, @Nullable String text, @Nullable BigDecimal num) throws SQLException;
  }

  private void deleteFields(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM crm_fields" + WHERE_RECORD)) {
      bindRecordKey(ps, 1, id);
      ps.executeUpdate();
    }
  }

  /** The conflict of a write that expected {@code expected}, with the version stored now (-1 when gone). */
  private ConcurrencyConflictException conflict(Connection c, String id, long expected) throws SQLException {
    long actual = -1;
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM crm_records" + WHERE_RECORD)) {
      bindRecordKey(ps, 1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          actual = rs.getLong(1);
        }
      }
    }
    return new ConcurrencyConflictException(type.name(), id, expected, actual);
  }

  static boolean isUniqueViolation(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if ("23505".equals(s.getSQLState())) {
        return true;
      }
      if (s instanceof BatchUpdateException && s.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private void checkNew(T record) {
    checkTenant(record);
    ValidationException.check(
        record.version() == 0,
        "version",
        "a new " + type.name() + " must have version 0 but " + record.id().value() + " has "
            + record.version() + ": use update for stored records");
  }

  private void checkTenant(T record) {
    if (!record.tenantId().equals(tenant)) {
      throw new AccessDeniedException(
          "cannot write " + type.name() + " " + record.id().value() + " of tenant '" + record.tenantId()
              + "' through the store of tenant '" + tenant + "'");
    }
  }

  private T withVersion(T record, long version) {
    return type.javaType().cast(record.withVersion(version));
  }

  private static void closeAll(@Nullable ResultSet rs, @Nullable PreparedStatement ps, @Nullable Connection owned, Throwable primary) {
    try {
      if (rs != null) {
        rs.close();
      }
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
    try {
      if (ps != null) {
        ps.close();
      }
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
    if (owned != null) {
      try {
        owned.commit();
      } catch (SQLException e) {
        Transactions.rollbackQuietly(owned, primary);
      }
      Transactions.closeQuietly(owned, primary);
    }
  }

  /** A unique-key violation in a batch insert, to be reported after the rollback. */
  private static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateKey(SQLException cause) {
      super(cause);
    }
  }
}
