package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import io.crmkit.testkit.store.KitArbitraries;
import io.crmkit.testkit.store.KitRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * The custom-field listers that the store materialises list exactly what the readers of the reference
 * matcher answer, key by key and kind by kind — else SQL and the in-memory store would disagree.
 */
class CustomFieldListerProperties {
  @Property(tries = 150)
  void contactListerAgreesWithReader(@ForAll("contacts") Contact c) {
    assertAgrees(Contact.TYPE, c);
  }

  @Property(tries = 150)
  void accountListerAgreesWithReader(@ForAll("accounts") Account a) {
    assertAgrees(Account.TYPE, a);
  }

  @Property(tries = 150)
  void kitRecordListerAgreesWithReader(@ForAll("kitRecords") KitRecord r) {
    assertAgrees(KitRecord.TYPE, r);
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return CrmArbitraries.contacts();
  }

  @Provide
  Arbitrary<Account> accounts() {
    return CrmArbitraries.accounts();
  }

  @Provide
  Arbitrary<KitRecord> kitRecords() {
    return KitArbitraries.records(TenantId.of("t"));
  }

  private static <T extends Aggregate<?>> void assertAgrees(EntityType<T, ?> type, T record) {
    Map<String, Map<ValueKind, List<Object>>> listed = type.customFieldLister().orElseThrow().values(record);
    Set<String> keys = new HashSet<>(listed.keySet());
    keys.addAll(List.of("tier", "level", "since", "absent"));
    for (String key : keys) {
      for (ValueKind kind : ValueKind.values()) {
        FieldRef<?> ref = new FieldRef<>(EntityType.CUSTOM_PREFIX + key, kind);
        List<Object> read = type.binding(ref).values(record);
        List<Object> fromLister = listed.getOrDefault(key, Map.of()).getOrDefault(kind, List.of());
        assertThat(fromLister).as("custom.%s as %s", key, kind).containsExactlyInAnyOrderElementsOf(read);
        fromLister.forEach(v -> assertThat(kind.javaType()).isAssignableFrom(v.getClass()));
      }
      assertThat(listed.getOrDefault(key, Map.of()).values()).allSatisfy(vs -> assertThat(vs).isNotEmpty());
    }
  }
}
