package io.crmkit.service.intake;

import io.crmkit.core.EntityId;
import io.crmkit.service.cases.CaseChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The id of one sender's {@link SenderActivity} on one channel: {@code email:ada@example.com}, hashed when
 * longer than an id may be. {@code SenderActivityId.of(CaseChannel.EMAIL, "Ada@Example.com")}
 */
public record SenderActivityId(String value) implements EntityId {
  public SenderActivityId {
    EntityId.checked(value, "senderActivityId");
  }

  /** The id for {@code sender} on {@code channel}; senders compare case-insensitively. */
  public static SenderActivityId of(CaseChannel channel, String sender) {
    String key = channel.name().toLowerCase(Locale.ROOT) + ":" + sender.strip().toLowerCase(Locale.ROOT);
    if (key.length() <= 128) {
      return new SenderActivityId(key);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return new SenderActivityId(channel.name().toLowerCase(Locale.ROOT) + ":sha256:" + HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
