package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A field that predictive lead scoring takes into account, as Odoo's {@code crm.pls_fields} setting lists
 * them. A single-valued field contributes its value when set; {@code absentIsValue} makes "not set" a value of
 * its own ({@value #ABSENT}, as Odoo treats {@code email_state} and {@code phone_state}); a multi-valued field
 * (tags) contributes each value, and a value whose won + lost count is below {@code minimumSupport} is ignored
 * (Odoo: tags seen on fewer than 50 closed leads).
 *
 * <p>{@code List.of(PlsVariable.EMAIL_STATE, PlsVariable.PHONE_STATE, PlsVariable.COUNTRY, PlsVariable.TAGS)}
 *
 * @param name the field name the {@link ScoringExtractor} is asked for, and the variable's name in the table
 * @param multiValued whether a record has several values (tags)
 * @param absentIsValue whether an unset field counts as the value {@value #ABSENT}
 * @param minimumSupport the won + lost count below which a value is left out of the computation
 */
public record PlsVariable(String name, boolean multiValued, boolean absentIsValue, long minimumSupport) {
  /** The value an unset {@code absentIsValue} field takes: Python's {@code str(None)}, as Odoo stores it. */
  public static final String ABSENT = "None";

  /** Odoo's {@code phone_state} (correct/incorrect, unset counts). */
  public static final PlsVariable PHONE_STATE = state("phone_state");
  /** Odoo's {@code email_state} (correct/incorrect, unset counts). */
  public static final PlsVariable EMAIL_STATE = state("email_state");
  /** Odoo's {@code country_id}. */
  public static final PlsVariable COUNTRY = field("country_id");
  /** Odoo's {@code state_id} (region of a country). */
  public static final PlsVariable STATE = field("state_id");
  /** Odoo's {@code source_id} (UTM source). */
  public static final PlsVariable SOURCE = field("source_id");
  /** Odoo's {@code lang_id}. */
  public static final PlsVariable LANG = field("lang_id");
  /** Odoo's tags: the variable {@code tag_id}, each tag counted only when seen on at least 50 closed leads. */
  public static final PlsVariable TAGS = new PlsVariable("tag_id", true, false, 50);

  public PlsVariable {
    Objects.requireNonNull(name, "name");
    ValidationException.check(name.matches("[a-z][a-z0-9_]{0,63}"), "name",
        "a variable name is lower-case letters, digits and '_' (at most 64) but was '" + name + "'");
    ValidationException.check(!name.equals(PredictiveScoringModel.STAGE_VARIABLE), "name",
        "'" + name + "' is the stage, which the model always takes into account; it is not a configurable variable");
    ValidationException.check(minimumSupport >= 0, "minimumSupport", "must not be negative but was " + minimumSupport);
    ValidationException.check(!(multiValued && absentIsValue), "absentIsValue", "a multi-valued variable has no single absent value");
  }

  /** A single-valued field counted when set. */
  public static PlsVariable field(String name) {
    return new PlsVariable(name, false, false, 0);
  }

  /** A single-valued field where "unset" is a value of its own. */
  public static PlsVariable state(String name) {
    return new PlsVariable(name, false, true, 0);
  }

  /** A multi-valued field whose values count only with a won + lost support of at least {@code minimumSupport}. */
  public static PlsVariable multi(String name, long minimumSupport) {
    return new PlsVariable(name, true, false, minimumSupport);
  }
}
