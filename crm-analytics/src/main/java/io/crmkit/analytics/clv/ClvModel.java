package io.crmkit.analytics.clv;

import java.util.Map;

/**
 * A fitted (or hand-specified) lifetime-value model: its short name and its parameters. Every model in this
 * package is a record of its parameters implementing this interface, e.g. {@code new BgNbd(0.243, 4.414, 0.793,
 * 2.426).parameters()} gives {@code {r=0.243, alpha=4.414, a=0.793, b=2.426}}.
 */
public interface ClvModel {
  /** The model's short name as the command line spells it: {@code bgnbd}, {@code mbgnbd}, {@code pnbd}, ... */
  String name();

  /** The parameters by their conventional names, in the papers' order. */
  Map<String, Double> parameters();
}
