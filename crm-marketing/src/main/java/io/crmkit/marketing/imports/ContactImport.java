package io.crmkit.marketing.imports;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.match.IncrementalMatcher;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.core.match.PartyExtractors;
import io.crmkit.core.match.RecordExtractor;
import io.crmkit.core.match.ScoredPair;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.ErasureGuard;
import io.crmkit.core.privacy.ErasureMatch;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.segment.StaticList;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports contacts from CSV into one tenant: maps columns, validates every line (reporting line, column and
 * problem), matches each line to an existing contact — exactly by external id, e-mail or phone first, then
 * with crm-core's {@link IncrementalMatcher} — and updates the match under the {@link FillPolicy} instead of
 * creating a duplicate. Lines are written in all-or-nothing batches of {@link ImportOptions#batchSize()}.
 * Importing the same file twice creates no new contacts. Given an {@link ErasureGuard}, it refuses the lines of
 * people erased on request (GDPR art. 17), so an erasure is not undone by the next import.
 *
 * <pre>{@code
 * ContactImport importer = ContactImport.of(tenantStore, clock);
 * ImportReport report = importer.run(new StringReader(csv), ImportOptions.of(Map.of(
 *     "Email", ColumnTarget.email(), "First name", ColumnTarget.givenName(), "Last name", ColumnTarget.familyName())));
 * }</pre>
 *
 * <p>Not thread-safe: run one import at a time per instance.
 */
public final class ContactImport {
  private static final RecordExtractor<Contact> EXTRACTOR = PartyExtractors.contacts();

  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final IncrementalMatcher matcher;
  private final Repository<Contact, ContactId> contacts;
  /** The id the matcher sees for a line being matched: fresh from the id generator, so no contact has it. */
  private final String probeId;
  /** Recognises people erased on request; their lines are refused. */
  private final Optional<ErasureGuard> guard;

  /**
   * An importer writing through {@code store}, fuzzy-matching with {@code matcher} (which must hold the
   * tenant's contacts as {@link PartyExtractors#contacts()} records; the importer keeps it up to date).
   */
  public ContactImport(TenantStore store, Clock clock, IdGenerator ids, IncrementalMatcher matcher) {
    this(store, clock, ids, matcher, Optional.empty());
  }

  /**
   * As {@link #ContactImport(TenantStore, Clock, IdGenerator, IncrementalMatcher)}, refusing every line whose
   * e-mail or phone belongs to a person erased on request ({@link io.crmkit.core.privacy.SubjectRequests#erase}),
   * with a {@link LineProblem} naming the erasure: such a person is neither re-created nor updated.
   */
  public ContactImport(TenantStore store, Clock clock, IdGenerator ids, IncrementalMatcher matcher, ErasureGuard guard) {
    this(store, clock, ids, matcher, Optional.of(Objects.requireNonNull(guard, "guard")));
  }

  private ContactImport(TenantStore store, Clock clock, IdGenerator ids, IncrementalMatcher matcher, Optional<ErasureGuard> guard) {
    this.guard = guard;
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.contacts = store.repository(Contact.TYPE);
    this.probeId = ids.nextValue();
  }

  /** An importer whose matcher is built from every contact of the tenant now. */
  public static ContactImport of(TenantStore store, Clock clock) {
    return new ContactImport(store, clock, IdGenerator.uuidV7(clock), matcherOf(store));
  }

  /** An importer whose matcher is built from every contact of the tenant now, refusing erased people. */
  public static ContactImport of(TenantStore store, Clock clock, ErasureGuard guard) {
    return new ContactImport(store, clock, IdGenerator.uuidV7(clock), matcherOf(store), guard);
  }

  private static IncrementalMatcher matcherOf(TenantStore store) {
    IncrementalMatcher matcher = IncrementalMatcher.builder(EXTRACTOR.schema()).build();
    try (Stream<Contact> all = store.repository(Contact.TYPE).stream(Criteria.all())) {
      all.forEach(c -> matcher.upsert(EXTRACTOR.extract(c)));
    }
    return matcher;
  }

  public TenantId tenantId() {
    return store.tenantId();
  }

  /** Imports {@code csv} (with a header line) under {@code options}. */
  public ImportReport run(Reader csv, ImportOptions options) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(options, "options");
    options.list().ifPresent(store.repository(StaticList.TYPE)::get);
    CsvReader reader = new CsvReader(csv, options.delimiter());
    List<LineProblem> problems = new ArrayList<>();
    CsvReader.Row header = reader.next();
    if (header == null) {
      problems.add(new LineProblem(1, "*", "the file is empty; it needs a header line"));
      return new ImportReport(List.of(), problems, List.of());
    }
    Map<Integer, ColumnTarget> targets = new LinkedHashMap<>();
    List<String> headers = header.fields().stream().map(String::strip).toList();
    List<String> ignored = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      if (!seen.add(h)) {
        problems.add(new LineProblem(1, h, "the header appears twice"));
      }
      ColumnTarget t = options.columns().get(h);
      if (t != null) {
        targets.put(i, t);
      } else {
        ignored.add(h);
      }
    }
    options.columns().keySet().stream().filter(h -> !headers.contains(h))
        .forEach(h -> problems.add(new LineProblem(1, h, "the mapped column is missing from the header " + headers)));
    if (!problems.isEmpty()) {
      return new ImportReport(List.of(), problems, ignored);
    }
    List<CsvReader.Row> rows = new ArrayList<>();
    for (CsvReader.Row r = reader.next(); r != null; r = reader.next()) {
      if (!(r.fields().size() == 1 && r.fields().get(0).isBlank() && r.problem().isEmpty())) {
        rows.add(r);
      }
    }
    List<LineOutcome> outcomes = new ArrayList<>();
    boolean stopped = false;
    for (int from = 0; from < rows.size(); from += Math.min(options.batchSize(), rows.size())) {
      List<CsvReader.Row> batch = rows.subList(from, (int) Math.min((long) from + options.batchSize(), rows.size()));
      if (stopped) {
        batch.forEach(r -> outcomes.add(new LineOutcome(r.line(), LineOutcome.Action.NOT_PROCESSED, Optional.empty(), "the import stopped earlier")));
        continue;
      }
      stopped = runBatch(batch, headers, targets, options, outcomes, problems) && !options.keepGoing();
    }
    return new ImportReport(outcomes, problems, ignored);
  }

  /** Runs one all-or-nothing batch; true when it had problems. */
  private boolean runBatch(
      List<CsvReader.Row> batch, List<String> headers, Map<Integer, ColumnTarget> targets, ImportOptions options,
      List<LineOutcome> outcomes, List<LineProblem> problems) {
    List<LineOutcome> mine = new ArrayList<>();
    Map<String, Optional<Contact>> before = new HashMap<>();
    boolean[] failed = {false};
    try {
      store.transactions().inTransaction(() -> {
        for (CsvReader.Row row : batch) {
          if (failed[0] && !options.keepGoing()) {
            mine.add(new LineOutcome(row.line(), LineOutcome.Action.NOT_PROCESSED, Optional.empty(), "the import stopped at an earlier problem"));
            continue;
          }
          List<LineProblem> found = new ArrayList<>();
          Optional<Parsed> parsed = parse(row, headers, targets, options, found);
          Optional<LineOutcome> outcome = Optional.empty();
          if (parsed.isPresent() && !failed[0]) {
            outcome = write(row.line(), parsed.get(), options, found, before);
          } else if (parsed.isPresent()) {
            // a batch already failing is not written; check what can be checked by reading
            Parsed q = parsed.get();
            if (erased(row.line(), q, found)) {
              // reported; nothing more to check
            } else if (q.given().isEmpty() && q.family().isEmpty() && match(q, options).isEmpty()) {
              found.add(new LineProblem(row.line(), "*", "matches no contact, and a new contact needs a given or family name"));
            }
            outcome = Optional.of(new LineOutcome(row.line(), LineOutcome.Action.ROLLED_BACK, Optional.empty(), "another line of its batch was rejected"));
          }
          if (!found.isEmpty()) {
            failed[0] = true;
            problems.addAll(found);
            mine.add(new LineOutcome(row.line(), LineOutcome.Action.REJECTED, Optional.empty(), found.get(0).problem()));
          } else {
            mine.add(outcome.orElseThrow());
          }
        }
        if (failed[0]) {
          throw new BatchRejected();
        }
        options.list().ifPresent(listId -> {
          Repository<StaticList, io.crmkit.marketing.segment.ListId> lists = store.repository(StaticList.TYPE);
          List<String> members = mine.stream().filter(LineOutcome::written).map(o -> o.contact().orElseThrow().value()).toList();
          lists.update(lists.get(listId).withMembers(members, clock.instant()));
        });
        return null;
      });
    } catch (BatchRejected e) {
      // the store undid the batch; make the matcher forget it too and report the lines as not written
      before.forEach((id, old) -> {
        if (old.isPresent()) {
          matcher.upsert(EXTRACTOR.extract(old.get()));
        } else {
          matcher.remove(id);
        }
      });
      for (int i = 0; i < mine.size(); i++) {
        LineOutcome o = mine.get(i);
        if (o.written()) {
          mine.set(i, new LineOutcome(o.line(), LineOutcome.Action.ROLLED_BACK, Optional.empty(), "another line of its batch was rejected"));
        }
      }
    }
    outcomes.addAll(mine);
    return failed[0];
  }

  /** Thrown inside a batch's transaction to undo it. */
  private static final class BatchRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BatchRejected() {
      super("batch rejected", null, false, false);
    }
  }

  /** One line's values, parsed and checked. */
  private record Parsed(
      Optional<String> given, Optional<String> family, Optional<ContactPoint> email, Optional<ContactPoint> phone,
      Optional<String> jobTitle, Map<String, String> externalIds, Map<String, FieldValue> custom) {}

  private static Optional<Parsed> parse(
      CsvReader.Row row, List<String> headers, Map<Integer, ColumnTarget> targets, ImportOptions options, List<LineProblem> found) {
    if (!row.problem().isEmpty()) {
      found.add(new LineProblem(row.line(), "*", row.problem()));
      return Optional.empty();
    }
    if (row.fields().size() != headers.size()) {
      found.add(new LineProblem(row.line(), "*", "has " + row.fields().size() + " fields, the header " + headers.size()));
      return Optional.empty();
    }
    Optional<String> given = Optional.empty();
    Optional<String> family = Optional.empty();
    Optional<ContactPoint> email = Optional.empty();
    Optional<ContactPoint> phone = Optional.empty();
    Optional<String> jobTitle = Optional.empty();
    Map<String, String> externalIds = new LinkedHashMap<>();
    Map<String, FieldValue> custom = new LinkedHashMap<>();
    for (Map.Entry<Integer, ColumnTarget> e : targets.entrySet()) {
      String column = headers.get(e.getKey());
      String value = row.fields().get(e.getKey()).strip();
      if (value.isEmpty()) {
        continue;
      }
      ColumnTarget t = e.getValue();
      try {
        if (t instanceof ColumnTarget.GivenName) {
          given = Optional.of(PersonName.of(value, "").given());
        } else if (t instanceof ColumnTarget.FamilyName) {
          family = Optional.of(PersonName.of("", value).family());
        } else if (t instanceof ColumnTarget.Email) {
          email = Optional.of(ContactPoint.email(value, ContactPoint.Purpose.WORK));
        } else if (t instanceof ColumnTarget.Phone) {
          phone = Optional.of(ContactPoint.phone(value, options.defaultRegion(), ContactPoint.Purpose.MOBILE));
        } else if (t instanceof ColumnTarget.JobTitle) {
          jobTitle = Optional.of(value);
        } else if (t instanceof ColumnTarget.ExternalId x) {
          externalIds.put(x.system(), value);
        } else if (t instanceof ColumnTarget.Custom c) {
          custom.put(c.key(), value(c.type(), value));
        }
      } catch (ValidationException | IllegalArgumentException | DateTimeParseException ex) {
        found.add(new LineProblem(row.line(), column, "'" + value + "' " + describe(ex, t)));
      }
    }
    if (email.isEmpty() && phone.isEmpty() && externalIds.isEmpty() && found.isEmpty()) {
      found.add(new LineProblem(row.line(), "*", "has no e-mail, phone or external id to match it by"));
    }
    return found.isEmpty() ? Optional.of(new Parsed(given, family, email, phone, jobTitle, externalIds, custom)) : Optional.empty();
  }

  private static String describe(RuntimeException ex, ColumnTarget t) {
    if (t instanceof ColumnTarget.Custom c) {
      return "is not a " + c.type() + " value" + (ex instanceof ValidationException ? ": " + ex.getMessage() : "");
    }
    return "is not valid: " + ex.getMessage();
  }

  static FieldValue value(FieldType type, String text) {
    switch (type) {
      case NUMBER:
        return FieldValue.number(Long.parseLong(text));
      case DECIMAL:
        return FieldValue.decimal(new BigDecimal(text));
      case BOOLEAN:
        String b = text.toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "1").contains(b)) {
          return FieldValue.bool(true);
        }
        if (List.of("false", "no", "0").contains(b)) {
          return FieldValue.bool(false);
        }
        throw new IllegalArgumentException("expected true/false, yes/no or 1/0");
      case DATE:
        return FieldValue.date(LocalDate.parse(text));
      case DATETIME:
        return FieldValue.dateTime(Instant.parse(text));
      case PICKLIST:
        return FieldValue.picklist(text);
      case MULTI_PICKLIST:
        return FieldValue.multiPicklist(Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty())
            .collect(java.util.stream.Collectors.toSet()));
      case EMAIL:
        return FieldValue.email(ContactPoint.email(text, ContactPoint.Purpose.OTHER).normalized());
      case PHONE:
        return FieldValue.phone(text);
      case URL:
        return FieldValue.url(ContactPoint.web(text, ContactPoint.Purpose.OTHER).normalized());
      default:
        return FieldValue.text(text);
    }
  }

  /** Matches and writes one parsed line; a problem found here (a new contact without a name) goes to {@code found}. */
  private Optional<LineOutcome> write(
      long line, Parsed p, ImportOptions options, List<LineProblem> found, Map<String, Optional<Contact>> before) {
    if (erased(line, p, found)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Match> match = match(p, options);
    if (match.isEmpty()) {
      if (p.given().isEmpty() && p.family().isEmpty()) {
        found.add(new LineProblem(line, "*", "matches no contact, and a new contact needs a given or family name"));
        return Optional.empty();
      }
      Contact.Builder b = Contact.builder(ids.next(ContactId::new), tenantId())
          .name(PersonName.of(p.given().orElse(""), p.family().orElse(""))).owner(options.owner()).timestamps(clock);
      p.jobTitle().ifPresent(b::jobTitle);
      p.email().ifPresent(e -> b.contactPoint(e.asPrimary()));
      p.phone().ifPresent(ph -> b.contactPoint(ph.asPrimary()));
      p.externalIds().forEach(b::externalId);
      CustomFields cf = CustomFields.empty();
      for (Map.Entry<String, FieldValue> e : p.custom().entrySet()) {
        cf = cf.with(e.getKey(), e.getValue());
      }
      Contact created = contacts.insert(b.customFields(cf).build());
      before.putIfAbsent(created.id().value(), Optional.empty());
      matcher.upsert(EXTRACTOR.extract(created));
      return Optional.of(new LineOutcome(line, LineOutcome.Action.CREATED, Optional.of(created.id()), "no match; created"));
    }
    Contact current = match.get().contact();
    Contact merged = merge(current, p, options.fillPolicy());
    if (merged.equals(current)) {
      return Optional.of(new LineOutcome(line, LineOutcome.Action.UNCHANGED, Optional.of(current.id()), match.get().how()));
    }
    Contact saved = contacts.update(merged.withUpdatedAt(now.isBefore(current.createdAt()) ? current.createdAt() : now));
    before.putIfAbsent(saved.id().value(), Optional.of(current));
    matcher.upsert(EXTRACTOR.extract(saved));
    return Optional.of(new LineOutcome(line, LineOutcome.Action.UPDATED, Optional.of(saved.id()), match.get().how()));
  }

  /** Whether the line's e-mail or phone belongs to an erased person; if so the problem goes to {@code found}. */
  private boolean erased(long line, Parsed p, List<LineProblem> found) {
    if (guard.isEmpty()) {
      return false;
    }
    Optional<ErasureMatch> m = guard.get().isErased(
        store, p.email().map(e -> List.of(e.normalized())).orElse(List.of()), p.phone().map(e -> List.of(e.normalized())).orElse(List.of()));
    m.ifPresent(match -> found.add(new LineProblem(line, "*", match.reason() + "; an erased person is not imported again")));
    return m.isPresent();
  }

  private record Match(Contact contact, String how) {}

  private Optional<Match> match(Parsed p, ImportOptions options) {
    for (Map.Entry<String, String> x : p.externalIds().entrySet()) {
      Optional<Contact> c = first(Criteria.eq(ContactFields.EXTERNAL_ID, x.getKey() + ":" + x.getValue()));
      if (c.isPresent()) {
        return Optional.of(new Match(c.get(), "matched by external id " + x.getKey() + ":" + x.getValue()));
      }
    }
    if (p.email().isPresent()) {
      Optional<Contact> c = first(Criteria.eq(ContactFields.EMAIL, p.email().get().normalized()));
      if (c.isPresent()) {
        return Optional.of(new Match(c.get(), "matched by e-mail " + p.email().get().normalized()));
      }
    }
    if (p.phone().isPresent()) {
      Optional<Contact> c = first(Criteria.eq(ContactFields.PHONE, p.phone().get().normalized()));
      if (c.isPresent()) {
        return Optional.of(new Match(c.get(), "matched by phone " + p.phone().get().normalized()));
      }
    }
    if (matcher.size() < 2) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    p.given().ifPresent(v -> values.put("given_name", v));
    p.family().ifPresent(v -> values.put("family_name", v));
    p.email().ifPresent(v -> values.put("email", v.normalized()));
    p.phone().ifPresent(v -> values.put("phone", v.normalized()));
    List<ScoredPair> pairs = matcher.match(new MatchRecord(probeId, values), options.matchThreshold());
    for (ScoredPair pair : pairs) {
      Optional<Contact> c = contacts.find(new ContactId(pair.rightId()));
      if (c.isPresent()) {
        return Optional.of(new Match(c.get(), String.format(Locale.ROOT, "matched by the matcher, p=%.3f", pair.probability())));
      }
    }
    return Optional.empty();
  }

  private Optional<Contact> first(Criteria criteria) {
    return contacts.query(io.crmkit.core.query.Query.where(criteria).limit(1)).stream().findFirst();
  }

  private static Contact merge(Contact c, Parsed p, FillPolicy policy) {
    boolean over = policy == FillPolicy.OVERWRITE;
    Contact.Builder b = c.toBuilder();
    String given = c.name().given();
    String family = c.name().family();
    if (p.given().isPresent() && (over || given.isEmpty())) {
      given = p.given().get();
    }
    if (p.family().isPresent() && (over || family.isEmpty())) {
      family = p.family().get();
    }
    if (!given.equals(c.name().given()) || !family.equals(c.name().family())) {
      b.name(new PersonName(given, family, c.name().middle(), c.name().prefix(), c.name().suffix()));
    }
    if (p.jobTitle().isPresent() && (over || c.jobTitle().isEmpty())) {
      b.jobTitle(p.jobTitle().get());
    }
    Map<String, String> external = new HashMap<>(c.externalIds());
    p.externalIds().forEach((system, id) -> {
      if (over || !external.containsKey(system)) {
        external.put(system, id);
      }
    });
    b.externalIds(external);
    CustomFields cf = c.customFields();
    for (Map.Entry<String, FieldValue> e : p.custom().entrySet()) {
      if (over || cf.get(e.getKey()).isEmpty()) {
        cf = cf.with(e.getKey(), e.getValue());
      }
    }
    b.customFields(cf);
    Contact out = b.build();
    for (Optional<ContactPoint> point : List.of(p.email(), p.phone())) {
      if (point.isEmpty()) {
        continue;
      }
      ContactPoint cp = point.get();
      Optional<ContactPoint> existing = out.contactPoints().stream().filter(x -> x.sameChannelAs(cp)).findFirst();
      boolean hasKind = !out.contactPoints(cp.kind()).isEmpty();
      if (existing.isEmpty()) {
        out = out.withContactPoint(over || !hasKind ? cp.asPrimary() : cp);
      } else if (over && !existing.get().primary()) {
        out = out.withContactPoint(existing.get().asPrimary());
      }
    }
    return out;
  }
}
