package io.crmkit.testkit.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.Directory;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.ObjectSharing;
import io.crmkit.core.access.OrgWideDefault;
import io.crmkit.core.access.PartnerRole;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.Role;
import io.crmkit.core.access.SecuredStore;
import io.crmkit.core.access.SharingModel;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.testkit.sales.LeadArbitraries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The three parts of issue 9 together: crm-sales' {@code partner} field on leads, crm-core's sharing model with a
 * partner field, and the secured store. A partner user reads exactly the leads of their partner account (and those
 * they own), through every read path, and nothing through the internal default; an internal rep sees only their own.
 */
class PartnerLeadsThroughSecuredStoreProperties {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  static final SharingModel MODEL = SharingModel.of(SharingModelSpec.builder(TENANT, Directory.builder()
          .role(Role.top("rep", "Sales rep"))
          .user(DirectoryUser.internal("u-1", "rep", Set.of()))
          .user(DirectoryUser.partner("p0-user", "partner-0", PartnerRole.USER))
          .user(DirectoryUser.partner("p1-exec", "partner-1", PartnerRole.EXECUTIVE))
          .build())
      .object(ObjectSharing.of(Lead.TYPE_NAME, OrgWideDefault.PUBLIC_READ).withExternalDefault(OrgWideDefault.PRIVATE)
          .withPartnerField("partner"))
      .build());

  @Provide
  Arbitrary<List<Lead>> leads() {
    return LeadArbitraries.leads(TENANT).list().ofMaxSize(40).uniqueElements(Lead::id);
  }

  @Property(tries = 100)
  void aPartnerUserReadsExactlyTheLeadsOfTheirPartnerAccount(@ForAll("leads") List<Lead> leads) {
    InMemoryStore store = InMemoryStore.create();
    store.forTenant(TENANT).repository(Lead.TYPE).insertAll(leads);
    SecuredStore secured = SecuredStore.of(store, MODEL, Clock.fixed(NOW, ZoneOffset.UTC));

    for (String user : List.of("p0-user", "p1-exec", "u-1")) {
      Principal p = Principal.user(TENANT, user);
      TenantStore seen = secured.tenantStore(p);
      Repository<Lead, LeadId> repo = seen.repository(Lead.TYPE);
      List<LeadId> expected = leads.stream()
          .filter(l -> MODEL.decide(p, Action.READ, Lead.TYPE, l, NOW).allowed())
          .map(Lead::id).sorted(java.util.Comparator.comparing(LeadId::value)).toList();

      assertThat(repo.query(Criteria.all()).stream().map(Lead::id).sorted(java.util.Comparator.comparing(LeadId::value)).toList())
          .as("query for %s", user).isEqualTo(expected);
      assertThat(repo.count(Criteria.all())).as("count for %s", user).isEqualTo(expected.size());
      try (Stream<Lead> s = repo.stream(Criteria.all())) {
        assertThat(s.map(Lead::id).toList()).as("stream for %s", user).containsExactlyInAnyOrderElementsOf(expected);
      }
      for (Lead l : leads) {
        assertThat(repo.find(l.id()).isPresent()).as("find %s for %s", l.id(), user).isEqualTo(expected.contains(l.id()));
      }
    }

    // the partner's view is its account's leads and its own, never the internal PUBLIC_READ default
    Principal partner = Principal.user(TENANT, "p0-user");
    assertThat(secured.tenantStore(partner).repository(Lead.TYPE).query(Criteria.all()))
        .allSatisfy(l -> assertThat(l.partner().map(a -> a.value()).orElse("").equals("partner-0")
            || l.owner().toString().equals("user:p0-user")).isTrue());
    // the internal rep reads every lead through the public-read default
    assertThat(secured.tenantStore(Principal.user(TENANT, "u-1")).repository(Lead.TYPE).count(Criteria.all())).isEqualTo(leads.size());
  }
}
