package io.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "sharing model" snippet of crm-core/README.md is the body of {@link #sharingModel()}, word for word, and it holds. */
class SharingReadmeSnippetTest {
  static final String MARKER = "<!-- snippet: the body of src/test/java/io/crmkit/core/access/SharingReadmeSnippetTest.java#sharingModel";

  @Test
  void sharingModel() {
    TenantId tenant = TenantId.of("acme");
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    Contact contact = Contact.builder(new ContactId("c-1"), tenant).name(PersonName.of("Zoë", "Ørsted"))
        .owner(Owner.user("rep-1")).createdAt(now).updatedAt(now).build();
    // readme:begin
    Directory directory = Directory.builder()
        .role(Role.top("vp", "VP sales")).role(Role.under("rep", "Sales rep", "vp")).role(Role.top("support", "Support"))
        .team(new Team("t-emea", "EMEA desk"))
        .user(DirectoryUser.internal("vp-1", "vp", Set.of()))
        .user(DirectoryUser.internal("rep-1", "rep", Set.of("t-emea")))
        .user(DirectoryUser.internal("agent-1", "support", Set.of()))
        .build();                                       // validated: unknown roles and teams, cycles
    SharingModelSpec spec = SharingModelSpec.builder(tenant, directory)
        .object(ObjectSharing.of("contact", OrgWideDefault.PRIVATE))
        .rule(SharingRule.ownedBy("reps-to-support", "contact", SharingGroup.roleAndSubordinates("vp"),
            SharingGroup.role("support"), AccessLevel.READ))
        .fieldSecurity(FieldSecurity.forRole("contact", "support", Set.of("custom.salary"), Set.of("email")))
        .build();                                       // plain data: CrmJson.write(spec) and back
    SharingModel model = SharingModel.of(spec).withShares(shares);   // shares loaded from the store

    Principal agent = Principal.user(tenant, "agent-1");
    AccessDecision read = model.decide(agent, Action.READ, Contact.TYPE, contact, now);   // sharing-rule:reps-to-support
    AccessDecision edit = model.decide(agent, Action.EDIT, Contact.TYPE, contact, now);   // default-deny: only READ
    Criteria visible = model.visibility(agent, Action.READ, Contact.TYPE, now);           // in(owner, ...) for the store
    String why = model.explain(agent, Contact.TYPE, contact, now).text();                 // every rule considered
    // readme:end

    assertThat(read.allowed()).isTrue();
    assertThat(read.rule()).isEqualTo("sharing-rule:reps-to-support");
    assertThat(edit.allowed()).isFalse();
    assertThat(edit.rule()).isEqualTo("default-deny");
    assertThat(visible).isEqualTo(Criteria.or(Criteria.in(ContactFields.OWNER, "user:agent-1", "user:vp-1", "user:rep-1"),
        Criteria.in(io.crmkit.core.store.EntityType.ID, "c-9")));
    assertThat(Contact.TYPE.matcher(visible).test(contact)).isTrue();
    assertThat(why).contains("[applies] sharing-rule:reps-to-support", "owd:contact=PRIVATE");
    assertThat(model.fieldAccess(agent, Contact.TYPE).mayEdit("email")).isFalse();
  }

  static final List<RecordShare> shares = List.of(RecordShare.of(new RecordShareId("sh-1"), TenantId.of("acme"), "contact", "c-9",
      SharingGroup.user("agent-1"), AccessLevel.READ, "vp-1", Optional.empty()));

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README.md has the sharing model snippet marker").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/core/access/SharingReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
