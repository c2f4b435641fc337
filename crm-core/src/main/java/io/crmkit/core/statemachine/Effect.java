package io.crmkit.core.statemachine;

import io.crmkit.core.ValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something the caller must carry out when a transition fires, as plain data: a name and string parameters
 * (e.g. {@code Effect.of("notify_owner")} or {@code new Effect("create_task", Map.of("subject", "Call back"))}).
 * The engine never performs effects itself; it returns them in {@link Decision.Accepted#effects()} so the caller
 * can persist them together with the new state.
 *
 * @param name lower snake case, e.g. {@code notify_owner}
 * @param params parameters, copied; keys are non-empty
 */
public record Effect(String name, Map<String, String> params) {
  public Effect {
    Names.checked(name, "effect.name");
    Objects.requireNonNull(params, "params");
    params = Map.copyOf(params);
    for (String key : params.keySet()) {
      ValidationException.check(!key.isBlank(), "effect." + name + ".params", "keys must not be blank");
    }
  }

  /** An effect without parameters. */
  public static Effect of(String name) {
    return new Effect(name, Map.of());
  }

  /** An effect with parameters, e.g. {@code Effect.of("create_task", Map.of("subject", "Call back"))}. */
  public static Effect of(String name, Map<String, String> params) {
    return new Effect(name, params);
  }

  /** A copy with {@code key} set to {@code value}. */
  public Effect withParam(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    var copy = new HashMap<>(params);
    copy.put(key, value);
    return new Effect(name, copy);
  }
}
