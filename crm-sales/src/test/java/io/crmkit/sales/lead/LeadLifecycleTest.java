package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateMachine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadLifecycleTest {
  private final Fixture f = new Fixture();

  @Test
  @DisplayName("the standard lifecycle runs new → working → qualified → converted and can disqualify and reopen")
  void standardPaths() {
    StateMachine<Lead> m = LeadLifecycle.standard().machine();
    Lead lead = f.draft("Ada", "Lovelace").build();
    assertThat(m.initial()).isEqualTo(LeadLifecycle.NEW);
    assertThat(m.fire("new", "work", lead).state()).isEqualTo("working");
    assertThat(m.fire("working", "qualify", lead).state()).isEqualTo("qualified");
    assertThat(m.fire("qualified", "convert", lead).state()).isEqualTo("converted");
    assertThat(m.fire("working", "disqualify", lead).state()).isEqualTo("disqualified");
    assertThat(m.fire("disqualified", "reopen", lead).state()).isEqualTo("working");
    Decision early = m.fire("new", "convert", lead);
    assertThat(early.isAccepted()).isFalse();
    assertThat(m.isTerminal(LeadLifecycle.CONVERTED)).isTrue();
  }

  @Test
  @DisplayName("available events never offer convert: that is LeadConversion's")
  void availableEventsHideConvert() {
    Lead lead = f.qualified(f.draft("Ada", "Lovelace"));
    assertThat(LeadLifecycle.standard().availableEvents(lead)).containsExactly("disqualify");
    assertThat(LeadLifecycle.standard().canConvert(lead)).isTrue();
  }

  @Test
  @DisplayName("a definition without a converted state is refused")
  void needsConverted() {
    StateMachine<Lead> m = StateMachine.<Lead>builder("lead").states("new", "done").initial("new").terminal("done")
        .transition("new", "convert", "done").build();
    assertThatThrownBy(() -> LeadLifecycle.of(m))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("has no state 'converted'")
        .hasMessageContaining("the 'convert' event must lead to 'converted'");
  }

  @Test
  @DisplayName("converted must be terminal and entered only by convert")
  void convertedOnlyByConvert() {
    StateMachine<Lead> m = StateMachine.<Lead>builder("lead").states("new", "converted").initial("new")
        .transition("new", "win", "converted").transition("converted", "undo", "new").build();
    assertThatThrownBy(() -> LeadLifecycle.of(m))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'converted' must be terminal")
        .hasMessageContaining("only the 'convert' event may convert a lead")
        .hasMessageContaining("no state has a 'convert' transition");
  }

  @Test
  @DisplayName("a tenant's own lifecycle is used for that tenant only")
  void perTenant() {
    LeadLifecycle quick = LeadLifecycle.of(StateMachine.<Lead>builder("quick_lead")
        .states("new", "converted").initial("new").terminal("converted").transition("new", "convert", "converted").build());
    LeadLifecycles all = LeadLifecycles.standard().with(TenantId.of("fast"), quick);
    assertThat(all.forTenant(TenantId.of("fast"))).isSameAs(quick);
    assertThat(all.forTenant(TenantId.of("acme"))).isSameAs(LeadLifecycle.standard());
    assertThat(LeadLifecycle.of(quick.machine().spec(), java.util.Map.of()).machine().states())
        .containsExactly("new", "converted");
  }
}
