package io.crmkit.marketing.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.privacy.MarketingWorld.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crm-marketing/README.md's privacy snippet is the body between this test's {@code readme:} markers, word for word. */
class MarketingPrivacyReadmeSnippetTest {
  @Test
  void privacy() throws IOException {
    MarketingWorld w = new MarketingWorld();
    Person person = w.person("Ada", "Lovelace", 0);
    w.enrol(person);
    w.subscribe(person);
    w.suppressGlobally(person, true);
    TenantStore acme = w.acme;
    Clock clock = w.clock;
    Subject ada = person.subject();

    // readme:privacy:begin
    MarketingSubjectData marketing = new MarketingSubjectData(clock);
    List<SubjectRecord> export = marketing.collect(acme, ada);   // her journey, her pending sign-up, her suppression
    List<ErasureAction> done = acme.transactions().inTransaction(() -> marketing.erase(acme, ada, ErasurePolicy.anonymiseAll()));
    // the suppression stays: "kept so the person is never contacted again (GDPR art. 21(3), 17(3)(b)); ..."
    // readme:privacy:end

    assertThat(export).extracting(SubjectRecord::entityType).containsExactly("journey_enrolment", "pending_confirmation", "global_suppression");
    assertThat(done).extracting(ErasureAction::treatment).containsExactly(Treatment.ANONYMISE, Treatment.ANONYMISE, Treatment.KEEP);
    assertThat(done.get(2).reason()).startsWith("kept so the person is never contacted again (GDPR art. 21(3), 17(3)(b)); ");

    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/marketing/privacy/MarketingPrivacyReadmeSnippetTest.java"));
    int marker = readme.indexOf("MarketingPrivacyReadmeSnippetTest.java#privacy");
    assertThat(marker).as("README marker").isPositive();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    int from = source.indexOf("// readme:privacy:" + "begin");
    assertThat(lines(readme.substring(start, readme.indexOf("```", start))))
        .isNotEmpty()
        .isEqualTo(lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:privacy:" + "end"))));
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
