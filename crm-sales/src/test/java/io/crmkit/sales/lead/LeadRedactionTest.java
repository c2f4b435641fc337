package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.access.Directory;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.FieldRedactors;
import io.crmkit.core.access.FieldSecurity;
import io.crmkit.core.access.ObjectSharing;
import io.crmkit.core.access.OrgWideDefault;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.Role;
import io.crmkit.core.access.SecuredStore;
import io.crmkit.core.access.SharingModel;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LeadRedaction: field-level security for leads through the secured store")
class LeadRedactionTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  @DisplayName("a role without the e-mail and a custom field reads leads without them, and writing one back keeps them")
  void hiddenAndKept() {
    SharingModel model = SharingModel.of(SharingModelSpec.builder(ACME, Directory.builder()
            .role(Role.top("sdr", "Development rep"))
            .user(DirectoryUser.internal("u-1", "sdr", Set.of()))
            .user(DirectoryUser.internal("u-2", "sdr", Set.of()))
            .build())
        .object(ObjectSharing.of(Lead.TYPE_NAME, OrgWideDefault.PUBLIC_READ_WRITE))
        .fieldSecurity(FieldSecurity.forRole(Lead.TYPE_NAME, "sdr", Set.of("email", "custom.budget"), Set.of()))
        .build());
    InMemoryStore store = InMemoryStore.create();
    Lead stored = store.forTenant(ACME).repository(Lead.TYPE).insert(Lead.builder(new LeadId("l-1"), ACME)
        .name(PersonName.of("Grace", "Hopper")).owner(Owner.user("u-1")).company("Navy")
        .email(ContactPoint.email("grace@navy.example", ContactPoint.Purpose.WORK))
        .customFields(CustomFields.empty().with("budget", FieldValue.text("1M")).with("tier", FieldValue.text("gold")))
        .timestamps(CLOCK).build());

    SecuredStore secured = SecuredStore.of(store, model, CLOCK, LeadRedaction.register(FieldRedactors.core()));
    Repository<Lead, LeadId> asU2 = secured.tenantStore(Principal.user(ACME, "u-2")).repository(Lead.TYPE);
    Lead seen = asU2.get(stored.id());
    assertThat(seen.email()).isEmpty();
    assertThat(seen.customFields().get("budget")).isEmpty();
    assertThat(seen.customFields().get("tier")).isPresent();
    assertThat(seen.company()).contains("Navy");

    asU2.update(seen.toBuilder().company("US Navy").build());
    Lead after = store.forTenant(ACME).repository(Lead.TYPE).get(stored.id());
    assertThat(after.company()).contains("US Navy");
    assertThat(after.email()).isEqualTo(stored.email());
    assertThat(after.customFields().get("budget")).isEqualTo(stored.customFields().get("budget"));
    assertThat(LeadRedaction.redactor().removes("givenName")).isFalse();
  }
}
