package io.crmkit.marketing.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  static Contact ada() {
    return Contact.builder(new ContactId("c-1"), TENANT).name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .customFields(CustomFields.empty().with("tier", FieldValue.picklist("gold"))
            .with("credit", FieldValue.money(Money.of("12.50", "EUR")))
            .with("interests", FieldValue.multiPicklist(Set.of("ml", "chess"))))
        .timestamps(CLOCK).build();
  }

  static Contact anonymous() {
    return Contact.builder(new ContactId("c-2"), TENANT).name(PersonName.of("", "Smith"))
        .owner(Owner.user("u-1")).timestamps(CLOCK).build();
  }

  static MessageTemplate email(String subject, String html, String text) {
    return MessageTemplate.email(new TemplateId("t-1"), TENANT, "welcome", subject, html, text);
  }

  @Nested
  @DisplayName("rendering")
  class Rendering {
    @Test
    void mergesContactAccountAndCustomFields() {
      Account acme = Account.builder(new AccountId("a-1"), TENANT).name("ACME & Sons").owner(Owner.user("u-1"))
          .customFields(CustomFields.empty().with("employees", FieldValue.number(250))).timestamps(CLOCK).build();
      CompiledTemplate c = Templates.compile(email(
          "Hi {{contact.givenName}} at {{account.name}}",
          "<p>{{contact.fullName}}, {{account.name}} ({{account.custom.employees}})</p>",
          "Tier {{contact.custom.tier}}, credit {{contact.custom.credit}}, likes {{contact.custom.interests}}"));
      RenderedMessage m = c.render(MergeContext.of(ada()).withAccount(acme));
      assertThat(m.subject()).contains("Hi Ada at ACME & Sons");
      assertThat(m.html()).contains("<p>Ada Lovelace, ACME &amp; Sons (250)</p>");
      assertThat(m.text()).isEqualTo("Tier gold, credit 12.50 EUR, likes chess, ml");
      assertThat(m.missing()).isEmpty();
      assertThat(c.fields()).containsExactly("contact.givenName", "account.name", "contact.fullName",
          "account.custom.employees", "contact.custom.tier", "contact.custom.credit", "contact.custom.interests");
    }

    @Test
    void escapesHtmlOnlyInTheHtmlPart() {
      Contact evil = ada().withJobTitle("<script>alert(1)</script>");
      RenderedMessage m = Templates.compile(email("{{contact.jobTitle}}", "<b>{{contact.jobTitle}}</b>",
          "{{{contact.jobTitle}}}")).render(MergeContext.of(evil));
      assertThat(m.html()).contains("<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>");
      assertThat(m.subject()).contains("<script>alert(1)</script>");
      assertThat(m.text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void sectionsTestPresenceAndIgnoreThePolicy() {
      CompiledTemplate c = Templates.compile(MessageTemplate.text(new TemplateId("t"), TENANT, "sms",
          "Hello{{#contact.givenName}} {{contact.givenName}}{{/contact.givenName}}{{^contact.givenName}} there{{/contact.givenName}}!{{! not shown }}"));
      assertThat(c.render(MergeContext.of(ada())).text()).isEqualTo("Hello Ada!");
      assertThat(c.render(MergeContext.of(anonymous())).text()).isEqualTo("Hello there!");
    }

    @Test
    void extrasComeFromTheSendingPart() {
      CompiledTemplate c = Templates.compile(MessageTemplate.text(new TemplateId("t"), TENANT, "sms",
          "Stop: {{extra.unsubscribeUrl}}"));
      assertThat(c.render(MergeContext.of(ada()).withExtra("unsubscribeUrl", "https://x.example/u/1")).text())
          .isEqualTo("Stop: https://x.example/u/1");
    }
  }

  @Nested
  @DisplayName("the missing-field policy")
  class Policy {
    final MessageTemplate base = email("Hi {{contact.givenName}}", "<p>{{contact.givenName}}</p>",
        "Dear {{contact.givenName}},\nyour title: {{contact.jobTitle}}");

    @Test
    void failNamesTheFieldAndItsPosition() {
      assertThatThrownBy(() -> Templates.compile(base).render(MergeContext.of(anonymous())))
          .isInstanceOfSatisfying(MissingMergeFieldException.class, e -> {
            assertThat(e.field()).isEqualTo("contact.givenName");
            assertThat(e.missing().part()).isEqualTo(TemplatePart.SUBJECT);
            assertThat(e.missing().column()).isEqualTo(4);
          });
    }

    @Test
    void emptyRendersNothingAndListsWhatWasMissing() {
      RenderedMessage m = Templates.compile(base.withPolicy(MissingFieldPolicy.empty())).render(MergeContext.of(ada()));
      assertThat(m.text()).isEqualTo("Dear Ada,\nyour title: ");
      assertThat(m.missing()).singleElement().satisfies(f -> {
        assertThat(f.field()).isEqualTo("contact.jobTitle");
        assertThat(f.part()).isEqualTo(TemplatePart.TEXT);
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(13);
      });
    }

    @Test
    void fallbackUsesThePerFieldValueThenTheDefault() {
      MessageTemplate t = base.withPolicy(MissingFieldPolicy.fallback("n/a", Map.of("contact.givenName", "friend")));
      RenderedMessage m = Templates.compile(t).render(MergeContext.of(anonymous()));
      assertThat(m.subject()).contains("Hi friend");
      assertThat(m.text()).isEqualTo("Dear friend,\nyour title: n/a");
    }

    @Test
    void previewNeverFailsAndMarksMissingFields() {
      RenderedMessage m = Templates.compile(base).preview(MergeContext.of(anonymous()));
      assertThat(m.subject()).contains("Hi «contact.givenName»");
      assertThat(m.missing()).extracting(MissingField::field)
          .containsExactly("contact.givenName", "contact.givenName", "contact.givenName", "contact.jobTitle");
    }

    @Test
    void fallbacksMayOnlyNameKnownFields() {
      assertThatThrownBy(() -> MissingFieldPolicy.fallback("", Map.of("contact.nickname", "x")))
          .hasMessageContaining("perField").hasMessageContaining("contact.nickname");
    }
  }

  @Nested
  @DisplayName("template errors")
  class Errors {
    TemplateException error(String html) {
      try {
        Templates.compile(email("s", html, "t"));
      } catch (TemplateException e) {
        return e;
      }
      throw new AssertionError("expected a TemplateException for " + html);
    }

    @Test
    void unknownFieldWithLineAndColumn() {
      TemplateException e = error("<p>\n  Hi {{contact.fristName}}</p>");
      assertThat(e.part()).isEqualTo(TemplatePart.HTML);
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(6);
      assertThat(e.getMessage()).contains("unknown merge field 'contact.fristName'");
    }

    @Test
    void unclosedTagAndSection() {
      assertThat(error("a {{contact.givenName").getMessage()).contains("line 1, column 3").contains("not closed");
      assertThat(error("{{#contact.jobTitle}}x").getMessage()).contains("never closed");
      assertThat(error("{{#contact.jobTitle}}x{{/contact.email}}").getMessage())
          .contains("closes the section 'contact.jobTitle' opened at line 1, column 1");
      assertThat(error("x{{/contact.email}}").getMessage()).contains("closes no open section");
    }

    @Test
    void unescapedInHtmlPartialsAndDelimitersAreRefused() {
      assertThat(error("{{{contact.givenName}}}").getMessage()).contains("unescaped");
      assertThat(error("{{&contact.givenName}}").getMessage()).contains("unescaped");
      assertThat(error("{{> footer}}").getMessage()).contains("partials");
      assertThat(error("{{=<% %>=}}").getMessage()).contains("delimiter");
    }
  }

  @Test
  void vocabularyDescribesEveryField() {
    assertThat(MergeFields.vocabulary()).extracting(MergeField::name)
        .contains("contact.givenName", "account.name", "contact.custom.<key>", "extra.<key>");
    assertThat(MergeFields.vocabulary()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
    assertThat(MergeFields.isKnown("contact.custom.tier")).isTrue();
    assertThat(MergeFields.isKnown("contact.custom.Tier")).isFalse();
  }
}
