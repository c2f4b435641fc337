package io.crmkit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.query.ValueKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomFieldSchemaTest {
  static final TenantId ACME = TenantId.of("acme");

  final CustomFieldSchema schema =
      CustomFieldSchema.of(ACME, "contact")
          .withDefinition(FieldDefinition.picklist("tier", "Tier", List.of("gold", "silver")).asRequired())
          .withDefinition(FieldDefinition.multiPicklist("topics", "Topics", List.of("crm", "erp", "bi")))
          .withDefinition(FieldDefinition.of("nickname", "Nickname", FieldType.TEXT).withMaxLength(5))
          .withDefinition(
              FieldDefinition.of("seats", "Seats", FieldType.NUMBER)
                  .withMin(FieldValue.number(1))
                  .withMax(FieldValue.number(100)))
          .withDefinition(
              FieldDefinition.of("budget", "Budget", FieldType.MONEY).withMin(FieldValue.decimal("0")))
          .withDefinition(
              FieldDefinition.of("renewal", "Renewal", FieldType.DATE)
                  .withMin(FieldValue.date(LocalDate.parse("2020-01-01"))))
          .withDefinition(FieldDefinition.of("billing_email", "Billing e-mail", FieldType.EMAIL))
          .withDefinition(FieldDefinition.of("hotline", "Hotline", FieldType.PHONE))
          .withDefinition(FieldDefinition.of("portal", "Portal", FieldType.URL))
          .withDefinition(FieldDefinition.of("vip", "VIP", FieldType.BOOLEAN));

  @Test
  void validValuesPass() {
    CustomFields ok = CustomFields.empty()
        .with("tier", FieldValue.picklist("gold"))
        .with("topics", FieldValue.multiPicklist("crm", "bi"))
        .with("nickname", FieldValue.text("Zoë"))
        .with("seats", FieldValue.number(100))
        .with("budget", FieldValue.money(Money.of("0", "EUR")))
        .with("renewal", FieldValue.date(LocalDate.parse("2026-03-01")))
        .with("billing_email", FieldValue.email("ap@example.co.uk"))
        .with("hotline", FieldValue.phone("+44 20 7946 0958"))
        .with("portal", FieldValue.url("https://portal.example.com/x"))
        .with("vip", FieldValue.bool(true));
    assertThat(schema.problems(ok)).isEmpty();
    assertThat(schema.validate(ok)).isSameAs(ok);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    CustomFields bad = CustomFields.empty()
        .with("topics", FieldValue.multiPicklist("crm", "CRM", "hr"))
        .with("nickname", FieldValue.text("Maximilian"))
        .with("seats", FieldValue.number(0))
        .with("budget", FieldValue.money(Money.of("-5", "USD")))
        .with("renewal", FieldValue.text("2026-01-01"))
        .with("billing_email", FieldValue.email("ap at example.com"))
        .with("hotline", FieldValue.phone("12"))
        .with("portal", FieldValue.url("ftp://example.com"))
        .with("shoe_size", FieldValue.number(44));
    ValidationException e = catchThrowableOfType(() -> schema.validate(bad), ValidationException.class);
    assertThat(e.field()).isEqualTo("custom.tier");
    assertThat(e.getMessage())
        .contains("custom.tier is required")
        .contains("'CRM' is not one of [crm, erp, bi]")
        .contains("'hr' is not one of")
        .contains("custom.nickname has 10 characters, more than the maximum of 5")
        .contains("custom.seats 0 is less than the minimum 1")
        .contains("custom.budget -5.00 USD is less than the minimum 0")
        .contains("custom.renewal expects a DATE value but got TEXT")
        .contains("'ap at example.com' is not an e-mail address")
        .contains("'12' is not a valid phone number")
        .contains("'ftp://example.com' is not an absolute http(s) URL")
        .contains("custom.shoe_size is not a custom field of contact")
        .startsWith("custom.tier: 11 custom field problems");
  }

  @Test
  void picklistMembershipIsExact() {
    assertThat(schema.problems(CustomFields.empty().with("tier", FieldValue.picklist("Gold"))))
        .containsOnlyKeys("custom.tier");
    assertThat(schema.problems(CustomFields.empty().with("tier", FieldValue.picklist("gold ")))).isNotEmpty();
  }

  @Test
  void definitionsAreValidatedWhenBuilt() {
    assertThatThrownBy(() -> FieldDefinition.of("Tier", "Tier", FieldType.TEXT))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'Tier'");
    assertThatThrownBy(() -> FieldDefinition.of("tier", "Tier", FieldType.PICKLIST))
        .hasMessageContaining("needs at least one value");
    assertThatThrownBy(() -> FieldDefinition.picklist("tier", "Tier", List.of("a", "a")))
        .hasMessageContaining("'a' is listed twice");
    assertThatThrownBy(() -> FieldDefinition.of("flag", "Flag", FieldType.BOOLEAN).withMin(FieldValue.number(1)))
        .hasMessageContaining("cannot have min/max bounds");
    assertThatThrownBy(() -> FieldDefinition.of("n", "N", FieldType.NUMBER).withMin(FieldValue.decimal("1")))
        .hasMessageContaining("must be a NUMBER value");
    assertThatThrownBy(
            () -> FieldDefinition.of("n", "N", FieldType.NUMBER).withMin(FieldValue.number(5)).withMax(FieldValue.number(4)))
        .hasMessageContaining("min 5 must not be greater than max 4");
    assertThatThrownBy(() -> FieldValue.decimal("1,5")).hasMessageContaining("'1,5'");
    assertThatThrownBy(() -> FieldDefinition.of("d", "D", FieldType.DATE).withMaxLength(3))
        .hasMessageContaining("only TEXT fields");
  }

  @Test
  void queryValuesMapEachTypeToItsKind() {
    Instant at = Instant.parse("2026-01-02T03:04:05Z");
    CustomFields cf = CustomFields.empty()
        .with("topics", FieldValue.multiPicklist("erp", "crm"))
        .with("seats", FieldValue.number(7))
        .with("budget", FieldValue.money(Money.of("12.5", "EUR")))
        .with("ratio", FieldValue.decimal(new BigDecimal("0.50")))
        .with("since", FieldValue.dateTime(at))
        .with("vip", FieldValue.bool(false))
        .with("mail", FieldValue.email("a@b.co"));
    assertThat(cf.queryValues("topics", ValueKind.TEXT)).containsExactly("crm", "erp");
    assertThat(cf.queryValues("seats", ValueKind.LONG)).containsExactly(7L);
    assertThat(cf.queryValues("seats", ValueKind.DECIMAL)).isEmpty();
    assertThat(cf.queryValues("budget", ValueKind.DECIMAL)).containsExactly(new BigDecimal("12.50"));
    assertThat((BigDecimal) cf.queryValues("ratio", ValueKind.DECIMAL).get(0)).isEqualByComparingTo("0.5");
    assertThat(cf.queryValues("since", ValueKind.INSTANT)).containsExactly(at);
    assertThat(cf.queryValues("vip", ValueKind.BOOLEAN)).containsExactly(false);
    assertThat(cf.queryValues("mail", ValueKind.TEXT)).containsExactly("a@b.co");
    assertThat(cf.queryValues("absent", ValueKind.TEXT)).isEmpty();
  }

  @Test
  void customFieldsAreImmutableMaps() {
    CustomFields one = CustomFields.empty().with("a", FieldValue.text("x"));
    CustomFields two = one.with("a", FieldValue.text("y"));
    assertThat(one.get("a")).contains(FieldValue.text("x"));
    assertThat(two.get("a")).contains(FieldValue.text("y"));
    assertThat(two.without("a")).isEqualTo(CustomFields.empty());
    assertThatThrownBy(() -> one.values().put("b", FieldValue.text("z")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> one.with("Bad-Key", FieldValue.text("z"))).isInstanceOf(ValidationException.class);
  }

  @Test
  void schemaIsAnAggregateKeyedByEntityType() {
    CustomFieldSchema s = CustomFieldSchema.of(ACME, "account");
    assertThat(s.id().value()).isEqualTo("account");
    assertThat(s.withVersion(3).version()).isEqualTo(3);
    assertThatThrownBy(() -> CustomFieldSchemaId.of("Account")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> new CustomFieldSchema(
                s.id(), ACME, 0,
                List.of(FieldDefinition.of("a", "A", FieldType.TEXT), FieldDefinition.of("a", "B", FieldType.NUMBER))))
        .hasMessageContaining("defined twice");
    CustomFieldSchema replaced = schema.withDefinition(FieldDefinition.of("vip", "Very important", FieldType.BOOLEAN));
    assertThat(replaced.definitions()).hasSameSizeAs(schema.definitions());
    assertThat(replaced.definition("vip").orElseThrow().label()).isEqualTo("Very important");
    assertThat(schema.withoutDefinition("vip").definition("vip")).isEmpty();
  }
}
