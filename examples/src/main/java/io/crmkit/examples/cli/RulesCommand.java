package io.crmkit.examples.cli;

import io.crmkit.analytics.rules.AssociationRule;
import io.crmkit.analytics.rules.AssociationRules;
import io.crmkit.analytics.rules.Baskets;
import io.crmkit.analytics.rules.RuleOptions;
import io.crmkit.analytics.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm rules}: association rules (FP-growth, arules-style single-item consequents) from a baskets file,
 * e.g. {@code crm rules --baskets groceries.csv --min-support 0.001 --min-confidence 0.5}.
 */
@Command(
    name = "rules",
    description = {
      "Association rules for cross-sell from market baskets (FP-growth; rules as arules' apriori makes them).",
      "FILE holds one basket per line, items separated by commas (trimmed; no header). An itemset is frequent "
          + "when count / transactions >= S; a rule's length is antecedent + consequent."
    })
final class RulesCommand extends FileReportCommand {
  @Option(names = "--baskets", required = true, paramLabel = "FILE", description = "The baskets, one per line.")
  Path baskets;

  @Option(names = "--min-support", required = true, paramLabel = "S", description = "Minimum support in (0, 1].")
  double minSupport;

  @Option(names = "--min-confidence", required = true, paramLabel = "C", description = "Minimum confidence in [0, 1].")
  double minConfidence;

  @Option(names = "--min-length", paramLabel = "N", defaultValue = "1",
      description = "Minimum rule length (antecedent + consequent). Default: ${DEFAULT-VALUE}.")
  int minLength = 1;

  @Option(names = "--max-length", paramLabel = "N", defaultValue = "10",
      description = "Maximum rule length. Default: ${DEFAULT-VALUE}.")
  int maxLength = 10;

  @Override
  void report(PrintWriter out) {
    RuleOptions options = new RuleOptions(minSupport, minConfidence, minLength, maxLength);
    RuleSet rules = AssociationRules.mine(Baskets.parse(HeaderCsv.readLines(baskets)), options);
    if (format == ReportFormat.table) {
      out.printf("%d transactions, %d items, %d frequent itemsets, %d rules%n%n",
          rules.transactions(), rules.items(), rules.itemsetCount(), rules.rules().size());
      ColumnTable t = new ColumnTable("antecedent", "consequent", "support", "confidence", "lift", "count");
      for (AssociationRule r : rules.rules()) {
        t.row("{" + String.join(", ", r.antecedent()) + "}", "{" + r.consequent() + "}",
            fixed(r.support(), 4), fixed(r.confidence(), 4), fixed(r.lift(), 4), r.count());
      }
      out.print(t.render());
      return;
    }
    List<Object> list = new ArrayList<>();
    for (AssociationRule r : rules.rules()) {
      list.add(JsonText.object(
          "antecedent", r.antecedent(), "consequent", List.of(r.consequent()),
          "support", r.support(), "confidence", r.confidence(), "lift", r.lift(), "count", r.count()));
    }
    Map<String, Object> json = JsonText.object(
        "transactions", rules.transactions(), "items", rules.items(), "itemset_count", rules.itemsetCount(),
        "rule_count", rules.rules().size(), "rules", list);
    out.print(JsonText.write(json));
  }
}
