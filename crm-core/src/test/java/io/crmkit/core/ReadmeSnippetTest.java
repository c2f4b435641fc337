package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.Effect;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** crm-core/README.md's snippet is the body of {@link #leadLifecycle()}, word for word, and it holds. */
class ReadmeSnippetTest {

  /** The context the lead machine's guards look at. */
  record LeadFacts(BigDecimal budget) {}

  @Test
  void leadLifecycle() {
    // readme:begin
    StateMachine<LeadFacts> leads = StateMachine.<LeadFacts>builder("lead")
        .states("new", "working", "qualified", "disqualified", "converted")
        .initial("new")
        .terminal("disqualified", "converted")
        .transition("new", "work", "working")
        .transition("working", "qualify", "qualified",
            Guard.of("has_budget", (LeadFacts f) -> f.budget().signum() > 0, "the lead has no budget yet"))
        .transition("working", "disqualify", "disqualified")
        .transition("qualified", "convert", "converted", Effect.of("create_opportunity"))
        .build();   // validated: unknown or unreachable states, dead ends, ambiguous transitions

    Decision refused = leads.fire("working", "qualify", new LeadFacts(BigDecimal.ZERO));
    Decision accepted = leads.fire("working", "qualify", new LeadFacts(new BigDecimal("48000")));
    // readme:end

    assertThat(refused.isAccepted()).isFalse();
    assertThat(((Decision.Refused) refused).reason()).contains("the lead has no budget yet");
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(accepted.state()).isEqualTo("qualified");
    assertThat(leads.fire("qualified", "convert", new LeadFacts(BigDecimal.ONE)))
        .isInstanceOfSatisfying(Decision.Accepted.class, a -> assertThat(a.effects()).containsExactly(Effect.of("create_opportunity")));
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("<!-- snippet")) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/core/ReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
