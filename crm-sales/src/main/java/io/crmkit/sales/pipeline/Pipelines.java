package io.crmkit.sales.pipeline;

import java.util.List;

/**
 * Ready-made pipelines. {@link #standardSales()} is Salesforce's default opportunity stage picklist.
 *
 * <p>{@code Pipeline sales = Pipelines.standardSales();}
 */
public final class Pipelines {
  /** The record type of {@link #standardSales()}. */
  public static final String DEFAULT_RECORD_TYPE = "default";

  private static final Pipeline STANDARD = Pipeline.of(
      "standard_sales",
      DEFAULT_RECORD_TYPE,
      List.of(
          Stage.open("prospecting", "Prospecting", 1, 10, ForecastCategory.PIPELINE),
          Stage.open("qualification", "Qualification", 2, 10, ForecastCategory.PIPELINE),
          Stage.open("needs_analysis", "Needs Analysis", 3, 20, ForecastCategory.PIPELINE),
          Stage.open("value_proposition", "Value Proposition", 4, 50, ForecastCategory.PIPELINE),
          Stage.open("id_decision_makers", "Id. Decision Makers", 5, 60, ForecastCategory.PIPELINE),
          Stage.open("perception_analysis", "Perception Analysis", 6, 70, ForecastCategory.PIPELINE),
          Stage.open("proposal_price_quote", "Proposal/Price Quote", 7, 75, ForecastCategory.PIPELINE),
          Stage.open("negotiation_review", "Negotiation/Review", 8, 90, ForecastCategory.PIPELINE),
          Stage.won("closed_won", "Closed Won", 9),
          Stage.lost("closed_lost", "Closed Lost", 10)));

  private Pipelines() {}

  /**
   * Salesforce's default sales process for record type {@code default}: Prospecting 10 %, Qualification 10 %,
   * Needs Analysis 20 %, Value Proposition 50 %, Id. Decision Makers 60 %, Perception Analysis 70 %,
   * Proposal/Price Quote 75 %, Negotiation/Review 90 % (all forecast as Pipeline, as Salesforce ships them),
   * Closed Won 100 % (Closed) and Closed Lost 0 % (Omitted). No stage requires fields.
   */
  public static Pipeline standardSales() {
    return STANDARD;
  }
}
