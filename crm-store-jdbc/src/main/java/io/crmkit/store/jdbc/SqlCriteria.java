package io.crmkit.store.jdbc;

import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.util.Iterator;
import java.util.Optional;

/**
 * Compiles a criteria tree into a SQL condition over {@code crm_records r}, with the reference semantics of
 * {@link Criteria}: a comparison is an {@code EXISTS} over the field's value rows (so a multi-valued field
 * matches when any value does, and an absent field never matches), {@code isNull} a {@code NOT EXISTS},
 * {@code not} a plain {@code NOT} of a condition that is never SQL NULL (two-valued logic), text
 * case-sensitive in code-point order, {@code prefix}/{@code contains} as {@code LIKE} with the wildcards
 * escaped, decimals numeric so {@code 1.0 = 1.00}.
 *
 * <p>Custom fields ({@code custom.<key>}) of a type with a {@link EntityType.CustomFieldLister} have value
 * rows named by key and kind ({@link FieldColumns#customField}) and compile like declared fields. Those of a
 * type with only a reader have no rows: their comparisons become {@code TRUE} or {@code FALSE}, whichever
 * makes the condition a superset of the answer (by the polarity of the place they sit in), and
 * {@link Compiled#exact()} is false: the caller filters the rows with the reference matcher.
 */
final class SqlCriteria {
  /** The condition, and whether it is the exact answer (else a superset to filter in Java). */
  record Compiled(Sql condition, boolean exact) {}

  private static final String TRUE = "1=1";
  private static final String FALSE = "1=0";

  private final EntityType<?, ?> type;
  private final Dialect dialect;
  private boolean exact = true;

  private SqlCriteria(EntityType<?, ?> type, Dialect dialect) {
    this.type = type;
    this.dialect = dialect;
  }

  static Compiled compile(Criteria criteria, EntityType<?, ?> type, Dialect dialect) {
    type.validate(criteria);
    SqlCriteria compiler = new SqlCriteria(type, dialect);
    Sql out = new Sql();
    compiler.emit(criteria, true, out);
    return new Compiled(out, compiler.exact);
  }

  private void emit(Criteria c, boolean positive, Sql out) {
    if (c instanceof Criteria.And a) {
      junction(a.terms().iterator(), " AND ", TRUE, positive, out);
    } else if (c instanceof Criteria.Or o) {
      junction(o.terms().iterator(), " OR ", FALSE, positive, out);
    } else if (c instanceof Criteria.Not n) {
      out.append("NOT (");
      emit(n.term(), !positive, out);
      out.append(")");
    } else {
      comparison(c, positive, out);
    }
  }

  private void junction(Iterator<Criteria> terms, String op, String empty, boolean positive, Sql out) {
    if (!terms.hasNext()) {
      out.append(empty);
      return;
    }
    out.append("(");
    emit(terms.next(), positive, out);
    while (terms.hasNext()) {
      out.append(op);
      emit(terms.next(), positive, out);
    }
    out.append(")");
  }

  private void comparison(Criteria c, boolean positive, Sql out) {
    FieldRef<?> field = c.fields().get(0);
    if (field.name().equals(EntityType.ID.name())) {
      if (c instanceof Criteria.IsNull) {
        out.append(FALSE); // every record has an id
      } else {
        test(c, "r.id", out);
      }
      return;
    }
    FieldBinding<?> binding = type.fields().get(field.name());
    String rowName;
    boolean indexedRows;
    if (binding != null) {
      rowName = field.name();
      indexedRows = binding.indexed();
    } else if (type.customFieldLister().isPresent()) {
      // a materialised custom field: its rows are named by key and kind, so a term of kind K sees only
      // values of kind K; short text values are in the text index (every value an eq/in can match is)
      rowName = FieldColumns.customField(field.name().substring(EntityType.CUSTOM_PREFIX.length()), field.kind());
      indexedRows = field.kind() == ValueKind.TEXT && onlyShortTexts(c);
    } else {
      // a custom field the type cannot list: no rows, decided in Java on the rows this superset returns
      exact = false;
      out.append(positive ? TRUE : FALSE);
      return;
    }
    out.append(c instanceof Criteria.IsNull ? "NOT EXISTS" : "EXISTS");
    out.append(" (SELECT 1 FROM crm_fields f WHERE f.tenant_id = r.tenant_id AND f.entity_type = r.entity_type"
        + " AND f.id = r.id AND f.field = ").param(rowName);
    if (!(c instanceof Criteria.IsNull)) {
      if (indexedRows) {
        out.append(" AND f.indexed_field");
      }
      out.append(" AND ");
      test(c, "f." + FieldColumns.column(field), out);
    }
    out.append(")");
  }

  /** Whether {@code c} can only match text values short enough to be indexed (an eq or in of short texts). */
  private boolean onlyShortTexts(Criteria c) {
    if (c instanceof Criteria.Eq e) {
      return FieldColumns.indexableText(dialect.text((String) e.value()));
    }
    if (c instanceof Criteria.In in) {
      for (Object v : in.values()) {
        if (!FieldColumns.indexableText(dialect.text((String) v))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The test of one value column against a comparison. */
  private void test(Criteria c, String column, Sql out) {
    FieldRef<?> field = c.fields().get(0);
    if (c instanceof Criteria.Eq e) {
      out.append(column + " = ").param(encode(field, e.value()));
    } else if (c instanceof Criteria.In in) {
      if (in.values().isEmpty()) {
        out.append(FALSE);
        return;
      }
      out.append(column + " IN (");
      boolean first = true;
      for (Object v : in.values()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.param(encode(field, v));
      }
      out.append(")");
    } else if (c instanceof Criteria.Range r) {
      Optional<Object> lo = r.lower();
      Optional<Object> hi = r.upper();
      if (lo.isPresent()) {
        out.append(column + (r.lowerInclusive() ? " >= " : " > ")).param(encode(field, lo.get()));
      }
      if (hi.isPresent()) {
        if (lo.isPresent()) {
          out.append(" AND ");
        }
        out.append(column + (r.upperInclusive() ? " <= " : " < ")).param(encode(field, hi.get()));
      }
    } else if (c instanceof Criteria.Prefix p) {
      out.append(column + " LIKE ").param(likeEscaped(dialect.text(p.prefix())) + "%").append(" ESCAPE '\\'");
    } else if (c instanceof Criteria.Contains s) {
      out.append(column + " LIKE ").param("%" + likeEscaped(dialect.text(s.fragment())) + "%").append(" ESCAPE '\\'");
    } else {
      throw new IllegalArgumentException("not a comparison: " + c);
    }
  }

  private Object encode(FieldRef<?> field, Object value) {
    return FieldColumns.encode(field.kind(), value, dialect);
  }

  /** {@code s} with LIKE's wildcards and the escape character itself escaped by a backslash. */
  static String likeEscaped(String s) {
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '%' || ch == '_' || ch == '\\') {
        b.append('\\');
      }
      b.append(ch);
    }
    return b.toString();
  }
}
