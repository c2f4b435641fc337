package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How {@link Lead#TYPE} describes leads to the stores. */
class LeadTypeTest {
  @Test
  @DisplayName("the text fields lead views and routing filter on are indexed, so a store answers eq on them from its index")
  void indexedFields() {
    assertThat(Lead.TYPE.indexedFields()).extracting(b -> b.name()).contains(
        LeadFields.SOURCE.name(), LeadFields.STAGE.name(), LeadFields.RATING.name(), LeadFields.STATUS.name(),
        LeadFields.OWNER.name(), LeadFields.EMAIL.name(), LeadFields.PHONE.name(), LeadFields.COMPANY_DOMAIN.name());
  }
}
