package io.crmkit.sales.pipeline;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One stage of a {@link Pipeline}: a key (the state name), a label, its position, the probability and forecast
 * category an opportunity takes when it enters the stage, whether the stage closes the opportunity (won or
 * lost), and the fields an opportunity must have to enter it.
 *
 * <pre>{@code
 * Stage proposal = Stage.open("proposal", "Proposal/Price Quote", 7, 75, ForecastCategory.PIPELINE)
 *     .requiring(RequiredField.AMOUNT, RequiredField.PRIMARY_CONTACT);
 * Stage won = Stage.won("closed_won", "Closed Won", 9);
 * }</pre>
 *
 * <p>Every stage is exactly one of open, closed/won or closed/lost ({@code won} implies {@code closed}). A won
 * stage forecasts as {@link ForecastCategory#CLOSED}, a lost one as {@link ForecastCategory#OMITTED}, and an
 * open stage never as closed. Probabilities are whole percentages from 0 to 100.
 *
 * @param key lower snake case, at most 48 characters, e.g. {@code needs_analysis}; the state name in {@link Pipeline#machine()}
 * @param label the name people see, e.g. {@code Needs Analysis}
 * @param order the stage's position in the pipeline (unique within it; lower comes first)
 * @param defaultProbability the probability (percent) an opportunity takes on entering the stage
 * @param forecastCategory the category an opportunity takes on entering the stage
 * @param closed whether the stage closes the opportunity
 * @param won whether the stage closes it as won
 * @param requiredFields the fields an opportunity must have to enter the stage, without repeats
 */
public record Stage(
    String key,
    String label,
    int order,
    int defaultProbability,
    ForecastCategory forecastCategory,
    boolean closed,
    boolean won,
    List<RequiredField> requiredFields) {

  /** The longest stage key, so that the events and guards named after it stay within 64 characters. */
  public static final int MAX_KEY = 48;

  public Stage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(forecastCategory, "forecastCategory");
    Objects.requireNonNull(requiredFields, "requiredFields");
    requiredFields = List.copyOf(requiredFields);
    ValidationException.check(
        key.matches("[a-z][a-z0-9_]{0," + (MAX_KEY - 1) + "}"),
        "stage.key",
        "must be lower snake case of at most " + MAX_KEY + " characters but was '" + key + "'");
    ValidationException.check(!label.isBlank() && label.length() <= 80, "stage." + key + ".label", "must have 1 to 80 characters and not be blank");
    ValidationException.check(order >= 0, "stage." + key + ".order", "must not be negative but was " + order);
    ValidationException.check(
        defaultProbability >= 0 && defaultProbability <= 100,
        "stage." + key + ".defaultProbability",
        "must be a percentage from 0 to 100 but was " + defaultProbability);
    ValidationException.check(!won || closed, "stage." + key + ".won", "a won stage must also be closed");
    if (won) {
      ValidationException.check(
          forecastCategory == ForecastCategory.CLOSED,
          "stage." + key + ".forecastCategory",
          "a closed/won stage forecasts as CLOSED but was " + forecastCategory);
    } else if (closed) {
      ValidationException.check(
          forecastCategory == ForecastCategory.OMITTED,
          "stage." + key + ".forecastCategory",
          "a closed/lost stage forecasts as OMITTED but was " + forecastCategory);
    } else {
      ValidationException.check(
          forecastCategory != ForecastCategory.CLOSED,
          "stage." + key + ".forecastCategory",
          "an open stage cannot forecast as CLOSED");
    }
    ValidationException.check(
        new HashSet<>(requiredFields).size() == requiredFields.size(),
        "stage." + key + ".requiredFields",
        "must not name a field twice but was " + requiredFields);
  }

  /** An open stage without required fields. */
  public static Stage open(String key, String label, int order, int defaultProbability, ForecastCategory category) {
    return new Stage(key, label, order, defaultProbability, category, false, false, List.of());
  }

  /** A closed/won stage: probability 100, category {@link ForecastCategory#CLOSED}. */
  public static Stage won(String key, String label, int order) {
    return new Stage(key, label, order, 100, ForecastCategory.CLOSED, true, true, List.of());
  }

  /** A closed/lost stage: probability 0, category {@link ForecastCategory#OMITTED}. */
  public static Stage lost(String key, String label, int order) {
    return new Stage(key, label, order, 0, ForecastCategory.OMITTED, true, false, List.of());
  }

  /** Whether the stage closes the opportunity as lost. */
  public boolean lost() {
    return closed && !won;
  }

  /** This stage also requiring {@code fields} (added after the ones it already requires, repeats ignored). */
  public Stage requiring(RequiredField... fields) {
    List<RequiredField> all = new ArrayList<>(requiredFields);
    Arrays.stream(fields).map(f -> Objects.requireNonNull(f, "field")).filter(f -> !all.contains(f)).forEach(all::add);
    return new Stage(key, label, order, defaultProbability, forecastCategory, closed, won, all);
  }

  public Stage withDefaultProbability(int value) {
    return new Stage(key, label, order, value, forecastCategory, closed, won, requiredFields);
  }

  public Stage withForecastCategory(ForecastCategory value) {
    return new Stage(key, label, order, defaultProbability, value, closed, won, requiredFields);
  }

  public Stage withLabel(String value) {
    return new Stage(key, value, order, defaultProbability, forecastCategory, closed, won, requiredFields);
  }
}
