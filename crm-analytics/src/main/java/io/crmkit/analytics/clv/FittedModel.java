package io.crmkit.analytics.clv;

import com.google.common.collect.ImmutableMap;
import io.crmkit.core.ValidationException;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a maximum-likelihood fit: the model with its estimated parameters, the maximised
 * log-likelihood (the total over all customers, as the papers report it — not a mean), the standard errors of
 * the parameters (from the inverse of the observed information matrix), the number of customers the data
 * stood for and the likelihood evaluations the fit took. Get one from a model's {@code fit}, e.g.
 * {@code BgNbd.fit(data).logLikelihood()}.
 */
public record FittedModel<M extends ClvModel>(
    M model, double logLikelihood, Map<String, Double> standardErrors, double customers, int evaluations) {
  public FittedModel {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(standardErrors, "standardErrors");
    standardErrors = ImmutableMap.copyOf(standardErrors);
    ValidationException.check(standardErrors.keySet().equals(model.parameters().keySet()), "standardErrors",
        "must name the model's parameters " + model.parameters().keySet() + ", named " + standardErrors.keySet());
  }

  /** The estimated parameters, as {@link ClvModel#parameters()}. */
  public Map<String, Double> parameters() {
    return model.parameters();
  }

  /** The model's short name, as {@link ClvModel#name()}. */
  public String name() {
    return model.name();
  }

  static <M extends ClvModel> FittedModel<M> of(M model, MaximumLikelihood.Estimate e, double customers) {
    ImmutableMap.Builder<String, Double> se = ImmutableMap.builder();
    int i = 0;
    for (String name : model.parameters().keySet()) {
      se.put(name, e.standardErrors()[i++]);
    }
    return new FittedModel<>(model, e.logLikelihood(), se.build(), customers, e.evaluations());
  }
}
