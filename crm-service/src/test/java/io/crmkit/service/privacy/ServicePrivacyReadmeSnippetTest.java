package io.crmkit.service.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.store.TenantStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.feedback.SurveyKind;
import io.crmkit.service.privacy.ServiceWorld.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crm-service/README.md's privacy snippet is the body between this test's {@code readme:} markers, word for word. */
class ServicePrivacyReadmeSnippetTest {
  private static final String SOURCE = "src/test/java/io/crmkit/service/privacy/ServicePrivacyReadmeSnippetTest.java";

  @Test
  void privacy() {
    ServiceWorld w = new ServiceWorld();
    Person person = w.person("Ada", "Lovelace", 0);
    Case printer = w.contactCase(person);
    w.survey(person, printer, SurveyKind.CSAT, 4);
    TenantStore acme = w.acme;
    Clock clock = w.clock;
    Subject ada = person.subject();

    // readme:begin
    ServiceSubjectData service = new ServiceSubjectData(clock);
    List<SubjectRecord> export = service.collect(acme, ada);    // her case and her CSAT answer
    ErasurePolicy policy = ErasurePolicy.builder().field("service_case", "description", Treatment.KEEP, "warranty claim on file").build();
    List<ErasureAction> done = acme.transactions().inTransaction(() -> service.erase(acme, ada, policy));
    // the case keeps its status history and description; subject and messages read "[erased]"
    // readme:end

    assertThat(export).extracting(SubjectRecord::entityType).containsExactly("service_case", "survey_response");
    assertThat(done).extracting(ErasureAction::fields).containsExactly(List.of("subject", "comments", "threadKeys"), List.of("comment"));
    assertThat(done.get(0).reason()).isEqualTo("erasure request; kept description: warranty claim on file");
    Case after = acme.repository(Case.TYPE).get(printer.id());
    assertThat(after.subject()).isEqualTo("[erased]");
    assertThat(after.description()).isEqualTo(printer.description());
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of " + SOURCE);
    assertThat(marker).as("the README marks the privacy snippet").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of(SOURCE));
    int from = source.indexOf("// readme:" + "begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + "end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
