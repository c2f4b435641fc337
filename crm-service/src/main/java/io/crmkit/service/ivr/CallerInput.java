package io.crmkit.service.ivr;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller did at one prompt: pressed a key, said something the recogniser named as an intent, or nothing
 * until the prompt timed out. {@code List.of(CallerInput.press("1"), CallerInput.silence(), CallerInput.say("refund"))}.
 */
public record CallerInput(Optional<MenuInput> input) {
  public CallerInput {
    Objects.requireNonNull(input, "input");
  }

  /** Pressed {@code key}. */
  public static CallerInput press(String key) {
    return new CallerInput(Optional.of(MenuInput.key(key)));
  }

  /** Said {@code intent}. */
  public static CallerInput say(String intent) {
    return new CallerInput(Optional.of(MenuInput.intent(intent)));
  }

  /** Said and pressed nothing before the timeout. */
  public static CallerInput silence() {
    return new CallerInput(Optional.empty());
  }

  @Override
  public String toString() {
    return input.map(MenuInput::toString).orElse("silence");
  }
}
