package io.crmkit.analytics.clv;

import io.crmkit.core.CrmException;

/**
 * A model's maximum-likelihood fit did not converge to a proper maximum: the optimiser ran out of iterations,
 * the likelihood went flat or a parameter ran away to 0 or infinity. The message names the model, the last
 * parameters and what to check in the data. Thrown by the {@code fit} methods, e.g. {@code BgNbd.fit(data)}.
 */
public class FitFailedException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String model;

  public FitFailedException(String model, String message) {
    super(model + ": " + message);
    this.model = model;
  }

  /** The model that failed to fit, e.g. {@code bgnbd}. */
  public String model() {
    return model;
  }
}
