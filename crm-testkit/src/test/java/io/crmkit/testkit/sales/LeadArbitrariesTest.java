package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadLifecycle;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadArbitrariesTest {
  private static final TenantId ACME = TenantId.of("acme");

  private static List<Lead> sample() {
    return LeadArbitraries.leads(ACME).sampleStream().limit(300).toList();
  }

  @Test
  @DisplayName("generated leads are valid new leads of the tenant and survive a rebuild and JSON")
  void valid() {
    for (Lead lead : sample()) {
      assertThat(lead.tenantId()).isEqualTo(ACME);
      assertThat(lead.version()).isZero();
      assertThat(lead.status()).isEqualTo(LeadLifecycle.NEW);
      assertThat(lead.isConverted()).isFalse();
      assertThat(lead.updatedAt()).isAfterOrEqualTo(lead.createdAt());
      assertThat(lead.toBuilder().build()).isEqualTo(lead);
      assertThat(CrmJson.read(CrmJson.write(lead), Lead.class)).isEqualTo(lead);
    }
  }

  @Test
  @DisplayName("generated leads are varied: sources, stages, optional parts present and absent, non-ASCII names")
  void varied() {
    List<Lead> leads = sample();
    assertThat(leads.stream().map(Lead::source).collect(Collectors.toSet())).hasSizeGreaterThan(5);
    assertThat(leads.stream().map(Lead::stage).collect(Collectors.toSet())).hasSizeGreaterThan(5);
    assertThat(leads).anyMatch(l -> l.company().isPresent()).anyMatch(l -> l.company().isEmpty());
    assertThat(leads).anyMatch(l -> l.email().isPresent()).anyMatch(l -> l.email().isEmpty());
    assertThat(leads).anyMatch(l -> l.address().isPresent()).anyMatch(l -> l.rating().isEmpty());
    assertThat(leads).anyMatch(l -> l.name().fullName().chars().anyMatch(c -> c > 127));
  }
}
