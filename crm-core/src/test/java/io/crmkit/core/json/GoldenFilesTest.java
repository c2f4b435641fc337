package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Golden files in {@code src/test/resources/json} pin the serialised format of the main types: a change of
 * format fails here (compared as parsed trees, so whitespace and property order do not matter), and each file
 * must still read back as the example value. To accept a deliberate change of format, run once with
 * {@code -Dcrmkit.golden.update=true} and review the diff of the files.
 */
@DisplayName("Golden files pin the JSON format")
class GoldenFilesTest {

  static Stream<Arguments> goldens() {
    Map<String, Object> g = new java.util.LinkedHashMap<>();
    g.put("contact", JsonSamples.contact());
    g.put("contact-bare", JsonSamples.bareContact());
    g.put("account", JsonSamples.account());
    g.put("party-relationship", JsonSamples.relationship());
    g.put("custom-field-schema", JsonSamples.schema());
    g.put("criteria", JsonSamples.criteria());
    g.put("query", io.crmkit.core.query.Query.where(JsonSamples.criteria()).orderBy(
        io.crmkit.core.query.Sort.by(JsonSamples.EMAIL).thenDescending(JsonSamples.UPDATED_AT)).limit(20));
    g.put("state-machine-spec", JsonSamples.spec());
    g.put("state-history", JsonSamples.history());
    g.put("activity", JsonSamples.activity());
    g.put("consent-event", JsonSamples.consentEvent());
    g.put("exchange-rate", JsonSamples.all().get(io.crmkit.core.money.ExchangeRate.class).get(0));
    return g.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}.json")
  @MethodSource("goldens")
  void matchesGoldenFile(String name, Object value) throws IOException {
    String resource = "/json/" + name + ".json";
    JsonNode actual = CrmJson.mapper().readTree(CrmJson.write(value));
    if (Boolean.getBoolean("crmkit.golden.update")) {
      Path file = Path.of("src/test/resources/json", name + ".json");
      Files.createDirectories(file.getParent());
      Files.writeString(file, CrmJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
      return;
    }
    String golden;
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("golden file " + resource + " (create it with -Dcrmkit.golden.update=true)").isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).as("format of " + name).isEqualTo(CrmJson.mapper().readTree(golden));
    assertThat(CrmJson.read(golden, value.getClass())).isEqualTo(value);
  }
}
