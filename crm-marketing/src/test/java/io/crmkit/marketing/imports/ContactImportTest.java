package io.crmkit.marketing.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.field.FieldType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.segment.ReadmeSnippets;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.Segments;
import io.crmkit.marketing.segment.StaticList;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactImportTest {
  static final TenantId TENANT = TenantId.of("acme");
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  final TenantStore store = InMemoryStore.create().forTenant(TENANT);
  final Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);

  static Map<String, ColumnTarget> columns() {
    Map<String, ColumnTarget> m = new LinkedHashMap<>();
    m.put("Email", ColumnTarget.email());
    m.put("First name", ColumnTarget.givenName());
    m.put("Last name", ColumnTarget.familyName());
    m.put("Tier", ColumnTarget.custom("tier", FieldType.PICKLIST));
    m.put("Score", ColumnTarget.custom("score", FieldType.NUMBER));
    return m;
  }

  @Test
  void readmeImport() {
    contacts.insert(Contact.builder(new ContactId("c-ada"), TENANT).name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary()).timestamps(clock).build());
    // readme:begin
    StaticList fair = Segments.of(store, clock).createList("Trade fair 2026", StaticList.Kind.AUDIENCE, SegmentTarget.CONTACTS, List.of());
    String csv = """
        Email,First name,Last name,Tier,Score,Notes
        ADA@example.com,Ada,Lovelace,gold,87,met at booth
        bob@example.com,Bob,Byte,silver,not-a-number,
        "cleo@example.com",Cleo,"O'Neil, Jr.",bronze,12,
        """;
    ImportReport report = ContactImport.of(store, clock).run(new StringReader(csv),
        ImportOptions.of(columns()).withFillPolicy(FillPolicy.FILL_BLANKS).withList(fair.id()));
    // line 2 updates c-ada (matched by e-mail), line 3 is rejected (Score), line 4 creates Cleo; Notes is ignored
    // readme:end

    assertThat(report.outcomes()).extracting(LineOutcome::action)
        .containsExactly(LineOutcome.Action.UPDATED, LineOutcome.Action.REJECTED, LineOutcome.Action.CREATED);
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo("Score");
      assertThat(p.problem()).contains("not-a-number").contains("NUMBER");
    });
    assertThat(report.ignoredColumns()).containsExactly("Notes");
    assertThat(contacts.get(new ContactId("c-ada")).customFields().get("tier")).contains(FieldValue.picklist("gold"));
    assertThat(contacts.count(Criteria.all())).isEqualTo(2);
    Contact cleo = contacts.query(Criteria.eq(ContactFields.EMAIL, "cleo@example.com")).get(0);
    assertThat(cleo.name().family()).isEqualTo("O'Neil, Jr.");
    assertThat(store.repository(StaticList.TYPE).get(fair.id()).members()).containsExactlyInAnyOrder("c-ada", cleo.id().value());
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    ReadmeSnippets.assertReadmeShows("src/test/java/io/crmkit/marketing/imports/ContactImportTest.java");
  }

  @Test
  void fillBlanksKeepsValuesWhileOverwriteReplacesThem() {
    contacts.insert(Contact.builder(new ContactId("c-1"), TENANT).name(PersonName.of("Ada", "")).owner(Owner.user("u-1")).jobTitle("CTO")
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary()).timestamps(clock).build());
    Map<String, ColumnTarget> m = Map.of("mail", ColumnTarget.email(), "first", ColumnTarget.givenName(),
        "last", ColumnTarget.familyName(), "title", ColumnTarget.jobTitle());
    String csv = "mail,first,last,title\nada@example.com,Augusta,Lovelace,CEO\n";

    ContactImport.of(store, clock).run(new StringReader(csv), ImportOptions.of(m));
    Contact filled = contacts.get(new ContactId("c-1"));
    assertThat(filled.name()).isEqualTo(PersonName.of("Ada", "Lovelace"));
    assertThat(filled.jobTitle()).contains("CTO");

    ContactImport.of(store, clock).run(new StringReader(csv), ImportOptions.of(m).withFillPolicy(FillPolicy.OVERWRITE));
    Contact overwritten = contacts.get(new ContactId("c-1"));
    assertThat(overwritten.name()).isEqualTo(PersonName.of("Augusta", "Lovelace"));
    assertThat(overwritten.jobTitle()).contains("CEO");
    assertThat(contacts.count(Criteria.all())).isEqualTo(1);
  }

  @Test
  void aWholeFileBatchIsAllOrNothing() {
    String csv = "Email,First name,Last name,Tier,Score\na@example.com,A,A,gold,1\nb@example.com,B,B,gold,x\nc@example.com,C,C,gold,3\n";
    ImportReport report = ContactImport.of(store, clock).run(new StringReader(csv),
        ImportOptions.of(columns()).withBatchSize(ImportOptions.WHOLE_FILE));
    assertThat(contacts.count(Criteria.all())).isZero();
    assertThat(report.outcomes()).extracting(LineOutcome::action)
        .containsExactly(LineOutcome.Action.ROLLED_BACK, LineOutcome.Action.REJECTED, LineOutcome.Action.ROLLED_BACK);
    ImportReport again = ContactImport.of(store, clock).run(new StringReader(csv), ImportOptions.of(columns()));
    assertThat(again.created()).isEqualTo(2);
  }

  @Test
  void stoppingAtTheFirstProblemLeavesTheRestUnprocessed() {
    String csv = "Email,First name,Last name,Tier,Score\nbad-mail,A,A,gold,1\nb@example.com,B,B,gold,2\n";
    ImportReport report = ContactImport.of(store, clock).run(new StringReader(csv), ImportOptions.of(columns()).withKeepGoing(false));
    assertThat(report.outcomes()).extracting(LineOutcome::action)
        .containsExactly(LineOutcome.Action.REJECTED, LineOutcome.Action.NOT_PROCESSED);
    assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("Email"));
    assertThat(contacts.count(Criteria.all())).isZero();
  }

  @Test
  void headerProblemsStopBeforeAnyLine() {
    ImportReport report = ContactImport.of(store, clock).run(new StringReader("Email,Email\nx@example.com,y@example.com\n"), ImportOptions.of(columns()));
    assertThat(report.outcomes()).isEmpty();
    assertThat(report.problems()).extracting(LineProblem::line).containsOnly(1L);
    assertThat(report.problems()).extracting(LineProblem::column).contains("Email", "First name", "Score");
  }

  @Test
  void malformedLinesAndLinesWithoutAKeyAreReported() {
    String csv = "Email,First name,Last name,Tier,Score\n\"open,A,A,gold,1\n";
    assertThat(ContactImport.of(store, clock).run(new StringReader(csv), ImportOptions.of(columns())).problems())
        .singleElement().satisfies(p -> assertThat(p.problem()).contains("not closed"));
    String keyless = "Email,First name,Last name,Tier,Score\n,A,A,gold,1\nnew@example.com,,,gold,1\n";
    ImportReport r = ContactImport.of(store, clock).run(new StringReader(keyless), ImportOptions.of(columns()));
    assertThat(r.problems()).extracting(LineProblem::line).containsExactly(2L, 3L);
    assertThat(r.problems().get(0).problem()).contains("no e-mail, phone or external id");
    assertThat(r.problems().get(1).problem()).contains("needs a given or family name");
  }

  @Test
  void linesMatchByPhoneAndExternalIdToo() {
    Map<String, ColumnTarget> m = Map.of("id", ColumnTarget.externalId("legacy"), "tel", ColumnTarget.phone(), "name", ColumnTarget.familyName());
    ContactImport importer = ContactImport.of(store, clock);
    importer.run(new StringReader("id,tel,name\nL-1,030 1234567,Müller\n"), ImportOptions.of(m).withDefaultRegion("DE"));
    ImportReport byPhone = importer.run(new StringReader("id,tel,name\n,+49 30 1234567,Mueller\n"), ImportOptions.of(m).withDefaultRegion("DE"));
    ImportReport byId = importer.run(new StringReader("id,tel,name\nL-1,,Müller\n"), ImportOptions.of(m));
    assertThat(byPhone.outcomes()).singleElement().satisfies(o -> assertThat(o.detail()).contains("phone +49301234567"));
    assertThat(byId.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.action()).isEqualTo(LineOutcome.Action.UNCHANGED);
      assertThat(o.detail()).contains("external id legacy:L-1");
    });
    assertThat(contacts.count(Criteria.all())).isEqualTo(1);
  }

  @Test
  void mappingsMustNameAMatchKey() {
    assertThatThrownBy(() -> ImportOptions.of(Map.of("name", ColumnTarget.familyName())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("e-mail, phone or external-id");
  }

  @Test
  void captureStoresAnswersVisitsAndListMembership() {
    Contact ada = contacts.insert(Contact.builder(new ContactId("c-ada"), TENANT).name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("u-1")).timestamps(clock).build());
    StaticList promoters = Segments.of(store, clock).createList("Promoters", StaticList.Kind.AUDIENCE, SegmentTarget.CONTACTS, List.of());
    Capture capture = Capture.of(store, clock);
    Capture.Captured answered = capture.answers(ada.id(), new SurveyResponse("NPS", Map.of("score", "9", "why", "fast"), clock.instant()),
        Map.of("score", new ColumnTarget.Custom("nps", FieldType.NUMBER)), Optional.of(promoters.id()));
    assertThat(answered.contact().customFields().get("nps")).contains(FieldValue.number(9));
    assertThat(answered.note().body()).hasValueSatisfying(b -> assertThat(b).contains("why: fast"));
    assertThat(answered.list()).hasValueSatisfying(l -> assertThat(l.members()).containsExactly("c-ada"));

    Capture.Captured visited = capture.visit(ada.id(), new WebVisit("https://shop.example/pricing", clock.instant(), Optional.of("ad")),
        Optional.of(promoters.id()));
    assertThat(visited.note().type()).isEqualTo(ActivityType.NOTE);
    assertThat(visited.note().subject()).isEqualTo("Web visit: https://shop.example/pricing");
    assertThat(store.repository(Activity.TYPE).count(Criteria.eq(Activity.LINKS, "contact:c-ada"))).isEqualTo(2);

    assertThatThrownBy(() -> capture.answers(ada.id(), new SurveyResponse("NPS", Map.of("score", "nine"), clock.instant()),
            Map.of("score", new ColumnTarget.Custom("nps", FieldType.NUMBER)), Optional.empty()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("answers.score");
  }
}
