package io.crmkit.core.privacy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns the identifiers of an erased person into suppression keys: HMAC-SHA-256 under a secret host key (at
 * least 32 bytes, kept outside the store, the same on every node) over tenant, kind and normalised value, e.g.
 * {@code email:3f9a…}. The keys let an import recognise the person without the store keeping who they were.
 *
 * <p>Why a keyed hash and not SHA-256 with a per-tenant salt: e-mail addresses and phone numbers are few
 * enough to enumerate (every E.164 number of a country is ~10^9 guesses), so a salt kept in the same
 * database as the hashes stops nobody who has a copy of it. With HMAC the key lives with the host (as for
 * {@code UnsubscribeTokens}), so a leaked database alone reveals no erased identifier. The tenant is part
 * of the message: the same address erased in two tenants gives two unrelated keys.
 *
 * <pre>{@code
 * SuppressionKeys keys = SuppressionKeys.withKey(hostSecret);
 * Set<String> k = keys.keysOf(subject.tenant(), subject.emails(), subject.phones());
 * }</pre>
 */
public final class SuppressionKeys {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;

  private SuppressionKeys(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /**
   * Keys computed under {@code key}.
   *
   * @throws ValidationException if the key is shorter than 32 bytes
   */
  public static SuppressionKeys withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    ValidationException.check(key.length >= 32, "key", "must have at least 32 bytes (256 bits) but had " + key.length);
    return new SuppressionKeys(key);
  }

  /** The key of a normalised e-mail address: {@code email:<hex>}. */
  public String email(TenantId tenant, String normalisedEmail) {
    return "email:" + mac(tenant, "email", normalisedEmail);
  }

  /** The key of an E.164 phone number: {@code phone:<hex>}. */
  public String phone(TenantId tenant, String e164) {
    return "phone:" + mac(tenant, "phone", e164);
  }

  /** The keys of all {@code emails} and {@code phones}, sorted. */
  public Set<String> keysOf(TenantId tenant, Set<String> emails, Set<String> phones) {
    Set<String> out = new TreeSet<>();
    emails.forEach(e -> out.add(email(tenant, e)));
    phones.forEach(p -> out.add(phone(tenant, p)));
    return out;
  }

  private String mac(TenantId tenant, String kind, String value) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(value, kind);
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      // NUL separators: no tenant id, kind or value contains one, so the message is unambiguous
      return HEX.formatHex(mac.doFinal((tenant.value() + '\0' + kind + '\0' + value).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
