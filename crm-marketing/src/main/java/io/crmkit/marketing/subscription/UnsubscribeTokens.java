package io.crmkit.marketing.subscription;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies unsubscribe tokens with HMAC-SHA256 under a key the host supplies (at least 32 bytes,
 * kept secret, the same on every node). A token binds tenant, contact and subscription type:
 * {@code v1.<tenant>.<contact>.<type>.<signature>}, each part unpadded base64url. Changing any character —
 * to point the link at another person, another tenant or another list — breaks the signature; signatures are
 * compared in constant time and every part must be in its one canonical encoding, so no two strings verify
 * as the same token. The token is not a secret from its owner: it is meant to sit in their e-mail.
 *
 * <pre>{@code
 * UnsubscribeTokens tokens = UnsubscribeTokens.withKey(hostSecret);
 * String token = tokens.sign(tenant, contactId, newsletter.id());
 * Optional<UnsubscribeClaim> claim = tokens.verify(token);
 * }</pre>
 */
public final class UnsubscribeTokens {
  private static final String VERSION = "v1";
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  private UnsubscribeTokens(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /**
   * Tokens signed with {@code key}.
   *
   * @throws ValidationException if the key is shorter than 32 bytes
   */
  public static UnsubscribeTokens withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    ValidationException.check(key.length >= 32, "key", "must have at least 32 bytes (256 bits) but had " + key.length);
    return new UnsubscribeTokens(key);
  }

  /** The token for {@code contact} of {@code tenant} to unsubscribe from {@code type}. */
  public String sign(TenantId tenant, ContactId contact, SubscriptionTypeId type) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(type, "type");
    String payload = VERSION + "." + encode(tenant.value()) + "." + encode(contact.value()) + "." + encode(type.value());
    return payload + "." + ENCODER.encodeToString(mac(payload));
  }

  /** The claim of a genuine token; empty for anything else (forged, tampered, truncated, malformed). */
  public Optional<UnsubscribeClaim> verify(String token) {
    Objects.requireNonNull(token, "token");
    String[] parts = token.split("\\.", -1);
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    Optional<byte[]> signature = decode(parts[4]);
    if (signature.isEmpty()) {
      return Optional.empty();
    }
    String payload = token.substring(0, token.lastIndexOf('.'));
    if (!MessageDigest.isEqual(mac(payload), signature.get())) {
      return Optional.empty();
    }
    Optional<String> tenant = decode(parts[1]).map(b -> new String(b, StandardCharsets.UTF_8));
    Optional<String> contact = decode(parts[2]).map(b -> new String(b, StandardCharsets.UTF_8));
    Optional<String> type = decode(parts[3]).map(b -> new String(b, StandardCharsets.UTF_8));
    if (tenant.isEmpty() || contact.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new UnsubscribeClaim(TenantId.of(tenant.get()), new ContactId(contact.get()), new SubscriptionTypeId(type.get())));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  private static String encode(String text) {
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes of a part in its canonical unpadded base64url form; empty for any other spelling. */
  private static Optional<byte[]> decode(String part) {
    if (part.isEmpty() || !part.matches("[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    try {
      byte[] bytes = DECODER.decode(part);
      return ENCODER.encodeToString(bytes).equals(part) ? Optional.of(bytes) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
