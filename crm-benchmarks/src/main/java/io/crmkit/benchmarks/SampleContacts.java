package io.crmkit.benchmarks;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.FieldRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic "typical" contacts for the benchmarks, from a seeded {@link Random}: a UUID id, given and
 * family name, an account (one of 100,000), a job title (one of 40, and a rare one on every 10,000th
 * contact), one primary work e-mail and one mobile phone (both unique), a user owner (one of 50), a
 * relationship type, and two custom fields ({@code tier} picklist, {@code score} number). Every object
 * below the contact is made afresh for each contact, as an import would; only enum constants and the
 * tenant id are shared. Phones are built already in E.164 (German mobile numbers {@code +49151xxxxxxxx},
 * which libphonenumber accepts), so each costs one libphonenumber check instead of two.
 *
 * <p>{@code List<Contact> contacts = SampleContacts.generate(1_000_000);}
 */
public final class SampleContacts {
  private SampleContacts() {}

  /** The tenant every sample contact belongs to. */
  public static final TenantId TENANT = TenantId.of("bench");

  /** The seed of every generation, so every run sees the same data. */
  static final long SEED = 20_260_123L;

  /** A job title held by every 10,000th contact: 100 of 1,000,000, the needle of the scans. */
  static final String RARE_JOB_TITLE = "Chief Benchmark Officer";

  /** A {@code tier} value held by every 10,000th contact (offset by 5,000 from the rare job title). */
  static final String RARE_TIER = "diamond";

  /** The custom field {@code tier} as criteria read it (a picklist queries as text). */
  static final FieldRef<String> TIER = FieldRef.text("custom.tier");

  private static final String[] GIVEN = {
    "Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Margaret", "Dennis", "Frances", "Ken",
    "Radia", "Tim", "Katherine", "Linus", "Sophie", "John", "Hedy", "Niklaus", "Adele", "Bjarne",
    "Zoë", "Jürgen", "Ingrid", "Søren", "Amélie", "Mateo", "Chen", "Aiko", "Olu", "Priya",
  };
  private static final String[] FAMILY = {
    "Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Ritchie", "Allen",
    "Thompson", "Perlman", "Berners-Lee", "Johnson", "Torvalds", "Wilson", "McCarthy", "Lamarr", "Wirth",
    "Goldberg", "Stroustrup", "Ó Briain", "Müller", "Bergström", "Kierkegaard", "Dubois", "García",
    "Wang", "Tanaka", "Adeyemi", "Sharma",
  };
  private static final String[] TITLES = {
    "CEO", "CTO", "CFO", "COO", "VP Sales", "VP Marketing", "VP Engineering", "Head of Procurement",
    "Sales Manager", "Account Executive", "Marketing Manager", "Product Manager", "Engineer",
    "Senior Engineer", "Architect", "Consultant", "Analyst", "Data Scientist", "Designer", "Buyer",
    "Office Manager", "Operations Manager", "Controller", "Accountant", "HR Manager", "Recruiter",
    "Legal Counsel", "Support Lead", "Customer Success Manager", "Founder", "Partner", "Director",
    "Team Lead", "Assistant", "Intern", "Professor", "Researcher", "Nurse", "Teacher", "Owner",
  };
  private static final String[] TIERS = {"bronze", "silver", "gold", "platinum"};
  private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "acme.test", "corp.test"};
  private static final RelationshipType[] RELATIONSHIPS = {
    RelationshipType.CUSTOMER, RelationshipType.CUSTOMER, RelationshipType.PROSPECT, RelationshipType.PARTNER,
  };
  private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

  /** {@code count} contacts of {@link #TENANT} at version 0, the same for every call with the same count. */
  public static List<Contact> generate(int count) {
    Random random = new Random(SEED);
    List<Contact> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(contact(i, random));
    }
    return out;
  }

  private static Contact contact(int i, Random random) {
    String given = new String(GIVEN[random.nextInt(GIVEN.length)]);
    String family = new String(FAMILY[random.nextInt(FAMILY.length)]);
    String title = i % 10_000 == 0 ? RARE_JOB_TITLE : TITLES[random.nextInt(TITLES.length)];
    String tier = i % 10_000 == 5_000 ? RARE_TIER : TIERS[random.nextInt(TIERS.length)];
    Instant created = START.plusSeconds(i * 60L + random.nextInt(60));
    // unique by construction: the index is part of the local part and of the phone number
    String email = ascii(given) + "." + ascii(family) + "." + i + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
    String phone = "+49151" + (10_000_000 + i * 7L % 90_000_000L);
    return Contact.builder(new ContactId(new UUID(random.nextLong(), random.nextLong()).toString()), TENANT)
        .name(PersonName.of(given, family))
        .account(new AccountId("acc-" + random.nextInt(100_000)))
        .jobTitle(new String(title))
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(
            new ContactPoint(
                ContactPoint.Kind.PHONE, phone, phone, ContactPoint.Purpose.MOBILE, false, false,
                Optional.empty(), Optional.empty()))
        .owner(Owner.user("u-" + random.nextInt(50)))
        .relationshipType(RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)])
        .customFields(
            new CustomFields(
                Map.of(
                    "tier", FieldValue.picklist(new String(tier)),
                    "score", FieldValue.number(random.nextInt(101)))))
        .createdAt(created)
        .updatedAt(created)
        .build();
  }

  /** The name folded to lower-case ASCII letters for an e-mail local part. */
  private static String ascii(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int k = 0; k < name.length(); k++) {
      char c = Character.toLowerCase(name.charAt(k));
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.length() == 0 ? "x" : b.toString();
  }
}
