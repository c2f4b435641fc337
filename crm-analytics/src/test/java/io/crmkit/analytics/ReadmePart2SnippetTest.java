package io.crmkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.attribution.Attribution;
import io.crmkit.analytics.attribution.AttributionReport;
import io.crmkit.analytics.attribution.ConversionPath;
import io.crmkit.analytics.forecast.ForecastPoint;
import io.crmkit.analytics.forecast.HoltWinters;
import io.crmkit.analytics.forecast.Seasonality;
import io.crmkit.analytics.rules.AssociationRules;
import io.crmkit.analytics.rules.Baskets;
import io.crmkit.analytics.rules.CrossSell;
import io.crmkit.analytics.rules.Recommendation;
import io.crmkit.analytics.rules.RuleOptions;
import io.crmkit.analytics.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The second snippet of crm-analytics/README.md is the body of {@link #attributionRulesAndForecast()}, and it holds. */
class ReadmePart2SnippetTest {

  @Test
  void attributionRulesAndForecast() {
    // readme:begin
    AttributionReport credit = Attribution.of(List.of(
        ConversionPath.parse("search > email", 1, 90.0, 0),
        ConversionPath.parse("email", 0, 0.0, 1)));
    double emailShare = credit.channels().get("email").markov();        // 2/3 of the conversion

    RuleSet rules = AssociationRules.mine(
        Baskets.parse(List.of("bread, milk", "bread, beer", "milk", "bread, milk, beer")),
        RuleOptions.of(0.25, 0.5).withMinLength(2));
    List<Recommendation> alsoBuy = CrossSell.from(rules).recommend(Set.of("beer"), 3);

    double[] quarterly = {90, 107, 124, 91, 98, 115, 132, 99, 106, 123, 140, 107};
    List<ForecastPoint> next = HoltWinters.fit(quarterly, 4, Seasonality.ADDITIVE).forecast(4, 0.95);
    // readme:end

    assertThat(emailShare).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(alsoBuy).extracting(Recommendation::item).first().isEqualTo("bread");
    assertThat(next.get(0).mean()).isCloseTo(114, within(1e-6));
    assertThat(next.get(0).lower()).isLessThanOrEqualTo(next.get(0).mean());
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: checked word for word by ReadmePart2SnippetTest");
    assertThat(marker).as("README.md has this test's snippet marker").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/analytics/ReadmePart2SnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
