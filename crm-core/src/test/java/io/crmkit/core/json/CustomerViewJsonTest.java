package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The customer view is not read back (see CoverageTest.NOT_DATA), but a REST API must be able to write it. */
class CustomerViewJsonTest {

  @Test
  void aCustomerViewIsWrittenWithItsContactAndTimeline() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    InMemoryStore store = InMemoryStore.create();
    TenantStore acme = store.forTenant(TenantId.of("acme"));
    Contact ada = acme.repository(Contact.TYPE).insert(Contact.builder(new ContactId("c-1"), acme.tenantId())
        .name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK))
        .timestamps(clock)
        .build());
    acme.repository(Activity.TYPE).insert(Activity.task(new ActivityId("t-1"), acme.tenantId(), "Call back", Owner.user("u-1"),
        List.of(ada.ref()), Optional.empty(), clock.instant()));

    CustomerView view = CustomerViews.builder(store).clock(clock).build().view(acme.tenantId(), ada.ref());
    JsonNode json = CrmJson.mapper().readTree(CrmJson.write(view));

    assertThat(json.get("subject").asString()).isEqualTo(RecordRef.of("contact", ada.id()).toString());
    assertThat(json.get("contact").get("name").get("given").asString()).isEqualTo("Ada");
    assertThat(json.get("openActivities").get(0).get("subject").asString()).isEqualTo("Call back");
    assertThat(json.get("timeline").get(0).get("source").asString()).isEqualTo("activity:t-1");
  }
}
