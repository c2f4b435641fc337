package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CrmJsonTest {

  private static ObjectNode contactTree() {
    return (ObjectNode) CrmJson.mapper().readTree(CrmJson.write(JsonSamples.contact()));
  }

  private static ValidationException readFails(String json, Class<?> type) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> CrmJson.read(json, type));
    assertThat(t).isInstanceOf(ValidationException.class);
    return (ValidationException) t;
  }

  @Nested
  @DisplayName("the format")
  class Format {
    @Test
    void idsTenantsOwnersAndReferencesAreStrings() {
      ObjectNode tree = contactTree();
      assertThat(tree.get("id").asString()).isEqualTo("c-0001");
      assertThat(tree.get("tenantId").asString()).isEqualTo("acme");
      assertThat(tree.get("owner").asString()).isEqualTo("user:u-1");
      assertThat(tree.get("account").asString()).isEqualTo("a-0001");
      assertThat(CrmJson.write(JsonSamples.relationship())).contains("\"from\":\"contact:c-0001\"", "\"to\":\"account:a-0001\"");
    }

    @Test
    void moneyAmountsAreExactDecimalStrings() {
      assertThat(CrmJson.write(Money.of("12.5", "EUR"))).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"EUR\"}");
      assertThat(CrmJson.write(new BigDecimal("0.1000000000000000055511151231257827"))).isEqualTo("\"0.1000000000000000055511151231257827\"");
      assertThat(CrmJson.read("\"1E+3\"", BigDecimal.class)).isEqualTo(new BigDecimal("1E+3"));
    }

    @Test
    void moneyIsAlsoReadFromAnExactJsonNumber() {
      assertThat(CrmJson.read("{\"amount\":12.50,\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.of("12.50", "EUR"));
      assertThat(CrmJson.read("{\"amount\":0.1000000000000000055511151231257827,\"currency\":\"EUR\"}", Money.class).amount())
          .isEqualByComparingTo("0.1000000000000000055511151231257827");
    }

    @Test
    void emptyOptionalsAreLeftOutAndDerivedAccessorsAreNotWritten() {
      String bare = CrmJson.write(JsonSamples.bareContact());
      assertThat(bare).doesNotContain("\"account\"", "\"jobTitle\"", "\"middle\"", "null");
      assertThat(CrmJson.write(Money.of("1", "EUR"))).doesNotContain("zero", "negative", "rounded");
      assertThat(CrmJson.write(JsonSamples.history())).doesNotContain("current", "enteredAt", "start\":");
    }

    @Test
    void sealedValuesCarryTheirDiscriminator() {
      assertThat(CrmJson.write(FieldValue.money(Money.of("99", "EUR"))))
          .isEqualTo("{\"type\":\"MONEY\",\"value\":{\"amount\":\"99.00\",\"currency\":\"EUR\"}}");
      assertThat(CrmJson.write(FieldValue.dateTime(JsonSamples.UPDATED))).startsWith("{\"type\":\"DATETIME\"");
      assertThat(CrmJson.write(Criteria.isNull(FieldRef.text("email")))).startsWith("{\"type\":\"IS_NULL\"");
      // declared as the interface or as the subtype, the same JSON reads back
      String json = CrmJson.write(Criteria.eq(FieldRef.date("birthday"), LocalDate.parse("2000-02-29")));
      assertThat(CrmJson.read(json, Criteria.class)).isEqualTo(CrmJson.read(json, Criteria.Eq.class));
    }

    @Test
    void criteriaValuesAreReadAsTheKindOfTheirField() {
      Criteria c = CrmJson.read(
          "{\"type\":\"IN\",\"field\":{\"name\":\"score\",\"kind\":\"DECIMAL\"},\"values\":[\"1.50\", 2, 2.5]}", Criteria.class);
      assertThat(((Criteria.In) c).values()).containsExactly(new BigDecimal("1.50"), new BigDecimal("2"), new BigDecimal("2.5"));
      Criteria d = CrmJson.read(
          "{\"type\":\"RANGE\",\"field\":{\"name\":\"d\",\"kind\":\"DATE\"},\"lower\":\"2026-01-31\",\"lowerInclusive\":true,\"upperInclusive\":false}", Criteria.class);
      assertThat(d).isEqualTo(Criteria.atLeast(FieldRef.date("d"), LocalDate.parse("2026-01-31")));
    }

    @Test
    void typedIdsWorkAsMapKeys() {
      Map<ContactId, Money> owed = Map.of(new ContactId("c-1"), Money.of("5", "EUR"));
      String json = CrmJson.mapper().writeValueAsString(owed);
      assertThat(json).isEqualTo("{\"c-1\":{\"amount\":\"5.00\",\"currency\":\"EUR\"}}");
      assertThat(CrmJson.mapper().readValue(json, new TypeReference<Map<ContactId, Money>>() {})).isEqualTo(owed);
    }
  }

  @Nested
  @DisplayName("reading is lenient where the format allows")
  class Lenient {
    @Test
    void optionalsMayBeNullOrMissingAndMissingCollectionsAreEmpty() {
      ObjectNode tree = contactTree();
      tree.putNull("jobTitle");
      tree.remove("account");
      tree.remove("contactPoints");
      tree.remove("externalIds");
      Contact c = CrmJson.read(tree.toString(), Contact.class);
      assertThat(c.jobTitle()).isEmpty();
      assertThat(c.account()).isEmpty();
      assertThat(c.contactPoints()).isEmpty();
      assertThat(c.externalIds()).isEmpty();
    }

    @Test
    void unknownPropertiesAreIgnored() {
      ObjectNode tree = contactTree();
      tree.put("addedInALaterVersion", 42);
      ((ObjectNode) tree.get("name")).put("nickname", "Ada");
      assertThat(CrmJson.read(tree.toString(), Contact.class)).isEqualTo(JsonSamples.contact());
    }
  }

  @Nested
  @DisplayName("errors name the JSON path")
  class Errors {
    @Test
    void aRefusedNestedValueIsNamedByItsPath() {
      ObjectNode tree = contactTree();
      ((ObjectNode) tree.get("contactPoints").get(0)).put("normalized", "someone@else.example");
      ValidationException e = readFails(tree.toString(), Contact.class);
      assertThat(e.field()).isEqualTo("contactPoints[0].normalized");
      assertThat(e.rule()).contains("not the normalised form");
      tree = contactTree();
      ((ObjectNode) tree.get("contactPoints").get(1)).put("raw", " ");
      e = readFails(tree.toString(), Contact.class);
      assertThat(e.field()).isEqualTo("contactPoints[1].raw");
      assertThat(e.rule()).isEqualTo("must not be blank");
    }

    @Test
    void aMissingRequiredValueIsNamed() {
      ObjectNode tree = contactTree();
      tree.remove("owner");
      ValidationException e = readFails(tree.toString(), Contact.class);
      assertThat(e.field()).isEqualTo("owner");
      assertThat(e.rule()).isEqualTo("is required");
    }

    @Test
    void aBadStringFormIsNamed() {
      ObjectNode tree = contactTree();
      tree.put("tenantId", "not a tenant!");
      assertThat(readFails(tree.toString(), Contact.class).field()).isEqualTo("tenantId");
      tree = contactTree();
      tree.put("owner", "robot:r2");
      ValidationException e = readFails(tree.toString(), Contact.class);
      assertThat(e.field()).isEqualTo("owner");
      assertThat(e.rule()).contains("'user' or 'team'");
    }

    @Test
    void aBadValueDeepInCustomFieldsIsNamed() {
      ObjectNode tree = contactTree();
      ((ObjectNode) tree.get("customFields").get("budget").get("value")).put("currency", "EURO");
      assertThat(readFails(tree.toString(), Contact.class).field()).isEqualTo("customFields.budget.value.currency");
    }

    @Test
    void aWrongJsonTypeIsNamed() {
      ObjectNode tree = contactTree();
      tree.put("version", "three");
      assertThat(readFails(tree.toString(), Contact.class).field()).isEqualTo("version");
      tree = contactTree();
      ((ArrayNode) tree.get("contactPoints")).get(2).get("address").withArray("lines").addObject().put("street", "Main");
      assertThat(readFails(tree.toString(), Contact.class).field()).startsWith("contactPoints[2].address.lines");
    }

    @Test
    void anUnknownDiscriminatorIsNamed() {
      ObjectNode tree = contactTree();
      ((ObjectNode) tree.get("customFields").get("tier")).put("type", "COLOUR");
      ValidationException e = readFails(tree.toString(), Contact.class);
      assertThat(e.field()).startsWith("customFields.tier");
      assertThat(e.rule()).contains("COLOUR");
    }

    @Test
    void aCriteriaValueOfTheWrongKindIsNamed() {
      ValidationException e = readFails(
          "{\"type\":\"AND\",\"terms\":[{\"type\":\"EQ\",\"field\":{\"name\":\"n\",\"kind\":\"LONG\"},\"value\":\"ten\"}]}",
          Criteria.class);
      assertThat(e.field()).isEqualTo("terms[0].value");
      assertThat(e.rule()).contains("LONG");
    }

    @Test
    void malformedJsonIsAValidationExceptionToo() {
      ValidationException e = readFails("{\"id\": \"c-1\", ", Contact.class);
      assertThat(e.rule()).contains("well-formed");
      assertThat(readFails("null", TenantId.class).field()).isEqualTo("$");
      assertThat(readFails("\"acme\" \"more\"", TenantId.class).field()).isEqualTo("$");
    }
  }

  @Nested
  @DisplayName("hosts and stores")
  class Hosts {
    @Test
    void aHostMapperWithTheModuleWritesTheSameFormat() {
      JsonMapper own = JsonMapper.builder().addModule(CrmJson.module()).build();
      Contact contact = JsonSamples.contact();
      String json = own.writeValueAsString(contact);
      assertThat(own.readTree(json)).isEqualTo(CrmJson.mapper().readTree(CrmJson.write(contact)));
      assertThat(own.readValue(json, Contact.class)).isEqualTo(contact);
    }

    @Test
    void documentsRoundTripThroughTheEntityType() {
      Contact contact = JsonSamples.contact();
      String doc = CrmJson.documentOf(contact);
      assertThat(CrmJson.fromDocument(doc, Contact.TYPE)).isEqualTo(contact);
      assertThat(CrmJson.fromDocument(CrmJson.documentOf(JsonSamples.schema()), io.crmkit.core.field.CustomFieldSchema.TYPE))
          .isEqualTo(JsonSamples.schema());
    }
  }

  /** A record added later, with nothing but generic rules to go by. */
  record Probe(TenantId tenant, Optional<String> note, List<ContactId> ids, Map<String, BigDecimal> amounts, Criteria filter, FieldValue value) {}

  /** A record whose constructor refuses everything. */
  record Refusing(String text) {
    Refusing {
      throw new ValidationException("text", "never");
    }
  }

  @Nested
  @DisplayName("types added later")
  class Later {
    @Test
    void aNewRecordIsBuiltAndRoundTripsByTheGenericRules() {
      Object probe = AutoSamples.of(Probe.class).orElseThrow();
      assertThat(CrmJson.read(CrmJson.write(probe), Probe.class)).isEqualTo(probe);
      assertThat(((Probe) probe).note()).isPresent();
    }

    @Test
    void aRecordThatCannotBeBuiltIsReportedAsUncovered() {
      assertThat(AutoSamples.of(Refusing.class)).isEmpty();
    }
  }
}
