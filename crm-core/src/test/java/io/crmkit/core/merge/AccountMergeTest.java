package io.crmkit.core.merge;

import static io.crmkit.core.merge.MergeFixture.ACME;
import static io.crmkit.core.merge.MergeFixture.T0;
import static io.crmkit.core.merge.MergeFixture.account;
import static io.crmkit.core.merge.MergeFixture.contact;
import static io.crmkit.core.merge.MergeFixture.contents;
import static io.crmkit.core.merge.MergeFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AccountMerge also moves contacts of merged-away accounts, and puts them back on unmerge")
class AccountMergeTest {
  private final MergeFixture.TestClock clock = new MergeFixture.TestClock(T0.plus(Duration.ofDays(30)));
  private TenantStore store;
  private AccountMerge merges;
  private Repository<Contact, ContactId> contacts;
  private final AccountId a1 = new AccountId("a1");
  private final AccountId a2 = new AccountId("a2");
  private final ContactId ada = new ContactId("ada");
  private final ContactId bob = new ContactId("bob");

  @BeforeEach
  void setUp() {
    store = MergeFixture.newStore();
    merges = AccountMerge.builder(store, clock).ids(MergeFixture.countingIds()).build();
    contacts = store.repository(Contact.TYPE);
    Repository<Account, AccountId> accounts = store.repository(Account.TYPE);
    accounts.insert(account("a1", "ACME", T0, 5).domain("acme.example").build());
    accounts.insert(account("a2", "ACME Corporation", T0.plusSeconds(1), 50).domain("acme-corp.example").industry("Manufacturing").build());
    contacts.insert(contact("ada", "Ada", "Lovelace", T0, 0).account(a2).build());
    contacts.insert(contact("bob", "Bob", "Builder", T0, 0).account(a1).build());
    store.repository(PartyRelationship.TYPE).insert(PartyRelationship.worksFor(new RelationshipId("w1"), ACME, ada, a2));
    store.repository(PartyRelationship.TYPE).insert(PartyRelationship.worksFor(new RelationshipId("w2"), ACME, bob, a2));
    store.repository(PartyRelationship.TYPE).insert(PartyRelationship.worksFor(new RelationshipId("w3"), ACME, bob, a1));
    store.repository(Activity.TYPE).insert(task("t1", List.of(RecordRef.of("account", a2), RecordRef.of("contact", ada))));
  }

  @Test
  void mergesWithTheAccountDefaults() {
    MergeOutcome<Account> done = merges.merge(List.of(a2, a1), "u-1");

    Account survivor = done.survivor();
    assertThat(survivor.id()).as("the oldest account survives").isEqualTo(a1);
    assertThat(survivor.name()).as("LONGEST").isEqualTo("ACME Corporation");
    assertThat(survivor.domain()).as("MASTER").contains("acme.example");
    assertThat(survivor.industry()).contains("Manufacturing");
    assertThat(store.repository(Account.TYPE).find(a2)).isEmpty();
  }

  @Test
  void movesContactsRelationshipsAndActivitiesToTheSurvivor() {
    MergeRecord record = merges.merge(a1, List.of(a2), "u-1").record();

    assertThat(contacts.get(ada).account()).contains(a1);
    assertThat(contacts.get(ada).updatedAt()).isEqualTo(clock.instant());
    assertThat(contacts.get(bob).version()).as("already at the survivor").isEqualTo(1);
    assertThat(store.repository(PartyRelationship.TYPE).get(new RelationshipId("w1")).to()).isEqualTo(RecordRef.of("account", a1));
    assertThat(store.repository(PartyRelationship.TYPE).find(new RelationshipId("w2"))).as("duplicate of w3").isEmpty();
    assertThat(store.repository(Activity.TYPE).get(new ActivityId("t1")).links())
        .containsExactly(RecordRef.of("account", a1), RecordRef.of("contact", ada));
    assertThat(record.repointed()).extracting(Repointing::participant)
        .containsExactly("activities", "relationships", "relationships", "contact_accounts");
  }

  @Test
  void unmergeRestoresContactsAccountsAndRelationships() {
    Map<String, Object> before = contents(store);
    MergeRecord record = merges.merge(a1, List.of(a2), "u-1").record();

    merges.unmerge(record.id(), "u-1");

    assertThat(contents(store)).isEqualTo(before);
    assertThat(contacts.get(ada).account()).contains(a2);
  }
}
