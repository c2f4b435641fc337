package io.crmkit.core.merge;

import static io.crmkit.core.merge.MergeFixture.ACME;
import static io.crmkit.core.merge.MergeFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipRole;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of merging, on random little worlds: contacts that share some e-mails, phones, external ids and
 * custom fields, with activities, relationships and consent events pointing at them.
 */
class MergeProperties {
  private static final String[] GIVEN = {"Ada", "Grace", "Zoë", "Jürgen", "李"};
  private static final String[] FAMILY = {"Lovelace", "Hopper", "Ó Briain", "Müller", ""};
  private static final String[] EMAILS = {"ada@example.com", "a.l@work.example", "ada@home.example"};
  private static final String[] PHONES = {"+49 30 1234567", "+44 20 7946 0958", "+49 89 12345678"};
  private static final String[] SYSTEMS = {"sap", "salesforce", "hubspot"};
  private static final String[] KEYS = {"tier", "region", "seats"};
  private static final String[] TITLES = {"CTO", "Analyst", "Head of Engineering and Operations"};
  private static final RelationshipRole[] ROLES = {
      RelationshipRole.REPORTS_TO, RelationshipRole.ASSISTANT_OF, RelationshipRole.SPOUSE_OF, RelationshipRole.PARTNER_OF};

  /** A random world in a fresh store: {@code candidates} are the contacts to merge, others stand by. */
  record World(TenantStore store, List<ContactId> candidates, Random random) {}

  static World world(long seed) {
    Random rnd = new Random(seed);
    TenantStore store = MergeFixture.newStore();
    int n = 2 + rnd.nextInt(4);
    int bystanders = 1 + rnd.nextInt(2);
    List<ContactId> all = new ArrayList<>();
    for (int i = 0; i < n + bystanders; i++) {
      ContactId id = new ContactId("c" + i);
      all.add(id);
      store.repository(Contact.TYPE).insert(randomContact(id, rnd));
    }
    List<RecordRef> refs = all.stream().map(id -> RecordRef.of("contact", id)).toList();
    for (int i = rnd.nextInt(5); i > 0; i--) {
      List<RecordRef> links = new ArrayList<>(refs);
      Collections.shuffle(links, rnd);
      store.repository(Activity.TYPE).insert(MergeFixture.task("t" + i, links.subList(0, 1 + rnd.nextInt(3))));
    }
    for (int i = rnd.nextInt(6); i > 0; i--) {
      RecordRef from = refs.get(rnd.nextInt(refs.size()));
      RecordRef to = refs.get(rnd.nextInt(refs.size()));
      if (!from.equals(to)) {
        store.repository(PartyRelationship.TYPE).insert(
            PartyRelationship.of(new RelationshipId("r" + i), ACME, from, to, ROLES[rnd.nextInt(ROLES.length)]));
      }
    }
    for (int i = rnd.nextInt(4); i > 0; i--) {
      store.repository(ConsentEvent.TYPE).insert(MergeFixture.grant("e" + i, refs.get(rnd.nextInt(refs.size())), T0));
    }
    return new World(store, List.copyOf(all.subList(0, n)), rnd);
  }

  static Contact randomContact(ContactId id, Random rnd) {
    String given = GIVEN[rnd.nextInt(GIVEN.length)];
    String family = FAMILY[rnd.nextInt(FAMILY.length)];
    PersonName name = PersonName.of(given, family);
    if (rnd.nextBoolean()) {
      name = name.withMiddle("King");
    }
    Instant created = T0.plus(Duration.ofMinutes(rnd.nextInt(100)));
    Contact.Builder b = Contact.builder(id, ACME)
        .name(name)
        .owner(rnd.nextBoolean() ? Owner.user("sam") : Owner.team("emea"))
        .relationshipType(RelationshipType.values()[rnd.nextInt(RelationshipType.values().length)])
        .createdAt(created)
        .updatedAt(created.plus(Duration.ofMinutes(rnd.nextInt(3) * 30L)));
    if (rnd.nextBoolean()) {
      b.jobTitle(TITLES[rnd.nextInt(TITLES.length)]);
    }
    if (rnd.nextInt(3) == 0) {
      b.account(new AccountId("a" + rnd.nextInt(2)));
    }
    boolean primary = rnd.nextBoolean();
    for (String e : EMAILS) {
      if (rnd.nextInt(3) == 0) {
        ContactPoint p = ContactPoint.email(rnd.nextBoolean() ? e.toUpperCase(java.util.Locale.ROOT) : e, ContactPoint.Purpose.WORK);
        p = rnd.nextBoolean() ? p.asVerified() : p;
        b.contactPoint(primary ? p.asPrimary() : p);
        primary = false;
      }
    }
    boolean primaryPhone = rnd.nextBoolean();
    for (String ph : PHONES) {
      if (rnd.nextInt(3) == 0) {
        ContactPoint p = ContactPoint.phone(ph, "DE", ContactPoint.Purpose.MOBILE);
        b.contactPoint(primaryPhone ? p.asPrimary() : p);
        primaryPhone = false;
      }
    }
    for (String s : SYSTEMS) {
      if (rnd.nextInt(3) == 0) {
        b.externalId(s, s + "-" + rnd.nextInt(3));
      }
    }
    CustomFields cf = CustomFields.empty();
    for (String k : KEYS) {
      if (rnd.nextInt(3) == 0) {
        cf = cf.with(k, k.equals("seats") ? FieldValue.number(rnd.nextInt(3)) : FieldValue.text(k + rnd.nextInt(3)));
      }
    }
    return b.customFields(cf).build();
  }

  private static ContactMerge merges(TenantStore store) {
    return ContactMerge.builder(store, new MergeFixture.TestClock(T0.plus(Duration.ofDays(1)))).build();
  }

  /** The atomic values of a contact, as texts. */
  static Set<String> values(Contact c) {
    Set<String> out = new HashSet<>();
    out.add("name:" + c.name().fullName());
    c.jobTitle().ifPresent(t -> out.add("jobTitle:" + t));
    c.account().ifPresent(a -> out.add("account:" + a.value()));
    out.add("owner:" + c.owner());
    out.add("relationshipType:" + c.relationshipType());
    c.contactPoints().forEach(p -> out.add("point:" + p.kind() + " " + p.normalized()));
    c.externalIds().forEach((s, v) -> out.add("externalId:" + s + "=" + v));
    c.customFields().values().forEach((k, v) -> out.add("custom:" + k + "=" + v));
    return out;
  }

  @Property(tries = 150)
  void mergeNeverLosesAValue(@ForAll long seed, @ForAll boolean explicitMaster) {
    World w = world(seed);
    List<Contact> inputs = w.store().repository(Contact.TYPE).findAll(w.candidates());
    ContactMerge merges = merges(w.store());

    MergeOutcome<Contact> done = explicitMaster
        ? merges.merge(w.candidates().get(w.random().nextInt(w.candidates().size())), w.candidates(), "prop")
        : merges.merge(w.candidates(), "prop");

    Contact golden = w.store().repository(Contact.TYPE).get(done.survivor().id());
    MergeRecord kept = w.store().repository(MergeRecord.TYPE).get(done.record().id());
    Set<String> retrievable = new HashSet<>(values(golden));
    Stream.concat(Stream.of(kept.survivorBefore()), kept.mergedAway().stream())
        .map(i -> ((RecordImage.OfContact) i).contact())
        .forEach(c -> retrievable.addAll(values(c)));
    for (Contact in : inputs) {
      assertThat(retrievable).as("values of %s", in.id()).containsAll(values(in));
      // unions are real unions: every channel, external-id system and custom-field key is in the golden record
      in.contactPoints().forEach(p -> assertThat(golden.contactPoints()).anyMatch(g -> g.sameChannelAs(p)));
      assertThat(golden.externalIds().keySet()).containsAll(in.externalIds().keySet());
      assertThat(golden.customFields().values().keySet()).containsAll(in.customFields().values().keySet());
    }
    for (ContactPoint.Kind kind : ContactPoint.Kind.values()) {
      boolean anyPrimary = inputs.stream().anyMatch(c -> c.contactPoints(kind).stream().anyMatch(ContactPoint::primary));
      assertThat(golden.contactPoints(kind).stream().filter(ContactPoint::primary).count()).isEqualTo(anyPrimary ? 1 : 0);
    }
  }

  @Property(tries = 150)
  void nothingPointsAtAMergedAwayRecordAfterwards(@ForAll long seed) {
    World w = world(seed);
    MergeOutcome<Contact> done = merges(w.store()).merge(w.candidates(), "prop");
    Set<String> gone = new HashSet<>();
    done.record().mergedAwayRefs().forEach(r -> gone.add(r.toString()));

    assertThat(w.store().repository(Activity.TYPE).count(Criteria.in(Activity.LINKS, gone))).isZero();
    assertThat(w.store().repository(PartyRelationship.TYPE).count(Criteria.in(PartyRelationship.PARTY, gone))).isZero();
    assertThat(w.store().repository(ConsentEvent.TYPE).count(Criteria.in(ConsentEvent.PARTY, gone))).isZero();
    for (String ref : gone) {
      assertThat(w.store().repository(Contact.TYPE).find(new ContactId(RecordRef.parse(ref).id()))).isEmpty();
    }
  }

  @Property(tries = 150)
  void unmergeRestoresExactly(@ForAll long seed) {
    World w = world(seed);
    Map<String, Object> before = MergeFixture.contents(w.store());
    ContactMerge merges = merges(w.store());

    MergeRecord record = merges.merge(w.candidates(), "prop").record();
    merges.unmerge(record.id(), "prop");

    assertThat(MergeFixture.contents(w.store())).isEqualTo(before);
  }

  @Property(tries = 150)
  void survivorshipIsIndependentOfInputOrder(@ForAll long seed, @ForAll boolean explicitMaster) {
    World w = world(seed);
    ContactMerge merges = merges(w.store());
    List<ContactId> shuffled = new ArrayList<>(w.candidates());
    Collections.shuffle(shuffled, w.random());
    Optional<ContactId> master = explicitMaster ? Optional.of(shuffled.get(0)) : Optional.empty();

    GoldenRecord<Contact> a = master.map(m -> merges.preview(m, w.candidates())).orElseGet(() -> merges.preview(w.candidates()));
    GoldenRecord<Contact> b = master.map(m -> merges.preview(m, shuffled)).orElseGet(() -> merges.preview(shuffled));

    assertThat(b.golden()).isEqualTo(a.golden());
    assertThat(b.lineage()).isEqualTo(a.lineage());
    assertThat(b.mergedAway()).isEqualTo(a.mergedAway());
  }
}
