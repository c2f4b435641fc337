package io.crmkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.json.SubjectExportJson;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.store.TenantStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "Privacy" snippet of crm-core/README.md is the body of {@link #exportEraseAndGuard()}, word for word, and it holds. */
class PrivacyReadmeSnippetTest {
  final PrivacyWorld w = new PrivacyWorld();

  @Test
  void exportEraseAndGuard() {
    TenantStore tenantStore = w.acme;
    Clock clock = w.clock;
    byte[] hostSecret = PrivacyWorld.KEY;
    // readme:begin
    SubjectRequests requests = SubjectRequests.builder()
        .clock(clock)
        .keys(SuppressionKeys.withKey(hostSecret))          // HMAC-SHA-256 key, kept outside the store
        .discoverSources()                                  // every module's SubjectDataSource on the class path
        .build();
    Subject ada = requests.resolve(tenantStore, "ada@lovelace.example");   // or a contact id, or +E.164
    String json = SubjectExportJson.write(requests.export(tenantStore, ada));

    ErasurePolicy policy = ErasurePolicy.builder()
        .record("contact", ErasurePolicy.Treatment.ANONYMISE)
        .field("contact", "externalIds", ErasurePolicy.Treatment.KEEP, "tax law: the ERP id of an invoiced customer")
        .build();
    ErasureReport preview = requests.preview(tenantStore, ada, policy, "dpo@acme");   // changes nothing
    ErasureReport report = requests.erase(tenantStore, ada, policy, "dpo@acme");      // all or nothing

    boolean refused = requests.guard().isErased(tenantStore, List.of("ada@lovelace.example"), List.of()).isPresent();

    RetentionReport expired = Retention.of(List.of(
            RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, Period.ofYears(5)),
            RetentionPolicy.anonymise(Contact.TYPE, ContactFields.UPDATED_AT, Period.ofYears(3), Anonymisers::contact)))
        .run(tenantStore, clock.instant());
    // readme:end

    assertThat(json).contains("\"format\" : \"crmkit-subject-export/1\"", "ada@lovelace.example");
    assertThat(preview.actions()).isEqualTo(report.actions());
    assertThat(report.kept()).singleElement().satisfies(a -> assertThat(a.fields()).containsExactly("externalIds"));
    assertThat(refused).isTrue();
    assertThat(expired.total()).isZero();
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of src/test/java/io/crmkit/core/privacy/PrivacyReadmeSnippetTest.java");
    assertThat(marker).as("the Privacy snippet marker in README.md").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/core/privacy/PrivacyReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
