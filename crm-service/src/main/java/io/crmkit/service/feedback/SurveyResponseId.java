package io.crmkit.service.feedback;

import io.crmkit.core.EntityId;
import io.crmkit.service.cases.CaseId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The id of the survey response of one kind for one case. It is derived from the case and the kind
 * ({@link #of(CaseId, SurveyKind)}), so a store holds at most one response per case and kind, even when two
 * answers race.
 */
public record SurveyResponseId(String value) implements EntityId {
  public SurveyResponseId {
    EntityId.checked(value, "surveyResponseId");
  }

  /** {@code csat:<case id>}, or the SHA-256 of the case id when that would be longer than 128 characters. */
  public static SurveyResponseId of(CaseId caseId, SurveyKind kind) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    String prefix = kind.name().toLowerCase(Locale.ROOT) + ":";
    if (prefix.length() + caseId.value().length() <= 128) {
      return new SurveyResponseId(prefix + caseId.value());
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(caseId.value().getBytes(StandardCharsets.UTF_8));
      return new SurveyResponseId(prefix + "sha256-" + HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
