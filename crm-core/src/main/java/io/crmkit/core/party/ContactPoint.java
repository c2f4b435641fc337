package io.crmkit.core.party;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.crmkit.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One way to reach a party: an e-mail address, phone number, postal address, web site or social handle,
 * with the value as entered ({@code raw}), its normalised form (what matching and queries use), its purpose
 * and whether it is the primary one of its kind and verified.
 *
 * <pre>{@code
 * ContactPoint mail = ContactPoint.email(" Ada@Example.COM ", Purpose.WORK).asPrimary();   // ada@example.com
 * ContactPoint cell = ContactPoint.phone("030 1234567", "DE", Purpose.MOBILE);             // +49301234567
 * }</pre>
 *
 * <p>Normalised forms: e-mail trimmed and lower-cased; phone in E.164 ({@code +4930123456}); postal the
 * address on one line ({@link PostalAddress#singleLine()}); web an absolute URL with lower-case scheme and
 * host ({@code https://} added when missing, a bare trailing {@code /} dropped); social
 * {@code network:handle} in lower case without a leading {@code @}. The constructor checks that the
 * normalised form fits the kind, so prefer the factories.
 */
public record ContactPoint(
    Kind kind,
    String raw,
    String normalized,
    Purpose purpose,
    boolean primary,
    boolean verified,
    Optional<PostalAddress> address,
    Optional<String> network) {

  /** The channel of a contact point. */
  public enum Kind {
    EMAIL,
    PHONE,
    POSTAL,
    WEB,
    SOCIAL
  }

  /** What a contact point is used for. */
  public enum Purpose {
    WORK,
    HOME,
    MOBILE,
    BILLING,
    SHIPPING,
    OTHER
  }

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
  private static final Pattern NETWORK = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,31}");

  public ContactPoint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(network, "network");
    ValidationException.check(!raw.isBlank(), "contactPoint.raw", "must not be blank");
    ValidationException.check(
        address.isPresent() == (kind == Kind.POSTAL),
        "contactPoint.address",
        kind == Kind.POSTAL ? "a POSTAL contact point needs an address" : "only POSTAL contact points have an address");
    ValidationException.check(
        network.isPresent() == (kind == Kind.SOCIAL),
        "contactPoint.network",
        kind == Kind.SOCIAL ? "a SOCIAL contact point needs a network" : "only SOCIAL contact points have a network");
    String expected;
    switch (kind) {
      case EMAIL:
        expected = normalizeEmail(raw);
        break;
      case PHONE:
        expected = normalizePhone(normalized, "ZZ");
        break;
      case POSTAL:
        expected = address.orElseThrow().singleLine();
        break;
      case WEB:
        expected = normalizeWeb(raw);
        break;
      default:
        expected = normalizeSocial(network.orElseThrow(), raw);
        break;
    }
    ValidationException.check(
        expected.equals(normalized),
        "contactPoint.normalized",
        "'" + normalized + "' is not the normalised form of " + kind + " '" + raw + "' (expected '" + expected
            + "'); use the ContactPoint factories");
  }

  /**
   * An e-mail address: trimmed and lower-cased; it must look like {@code name@domain.tld}.
   *
   * @throws ValidationException naming the address when it does not
   */
  public static ContactPoint email(String raw, Purpose purpose) {
    return new ContactPoint(
        Kind.EMAIL, raw, normalizeEmail(raw), purpose, false, false, Optional.empty(), Optional.empty());
  }

  /**
   * A phone number, normalised to E.164. Numbers without a {@code +} country code are read as numbers of
   * {@code defaultRegion} (ISO 3166-1 alpha-2, e.g. {@code "DE"}).
   *
   * @throws ValidationException naming the number when libphonenumber cannot read it or deems it invalid
   */
  public static ContactPoint phone(String raw, String defaultRegion, Purpose purpose) {
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    return new ContactPoint(
        Kind.PHONE, raw, normalizePhone(raw, defaultRegion), purpose, false, false, Optional.empty(), Optional.empty());
  }

  /** A postal address. */
  public static ContactPoint postal(PostalAddress address, Purpose purpose) {
    Objects.requireNonNull(address, "address");
    return new ContactPoint(
        Kind.POSTAL, address.singleLine(), address.singleLine(), purpose, false, false, Optional.of(address), Optional.empty());
  }

  /** A web site; {@code https://} is assumed when the scheme is missing. */
  public static ContactPoint web(String url, Purpose purpose) {
    return new ContactPoint(Kind.WEB, url, normalizeWeb(url), purpose, false, false, Optional.empty(), Optional.empty());
  }

  /** A handle on a social network, e.g. {@code social("linkedin", "ada-lovelace")}; purpose {@code OTHER}. */
  public static ContactPoint social(String network, String handle) {
    Objects.requireNonNull(network, "network");
    String net = network.strip().toLowerCase(Locale.ROOT);
    return new ContactPoint(
        Kind.SOCIAL, handle, normalizeSocial(net, handle), Purpose.OTHER, false, false, Optional.empty(), Optional.of(net));
  }

  /** This contact point marked as the primary one of its kind. */
  public ContactPoint asPrimary() {
    return withPrimary(true);
  }

  /** This contact point marked as verified (the party confirmed it). */
  public ContactPoint asVerified() {
    return new ContactPoint(kind, raw, normalized, purpose, primary, true, address, network);
  }

  public ContactPoint withPrimary(boolean value) {
    return new ContactPoint(kind, raw, normalized, purpose, value, verified, address, network);
  }

  public ContactPoint withPurpose(Purpose value) {
    return new ContactPoint(kind, raw, normalized, value, primary, verified, address, network);
  }

  /** Whether {@code other} is the same channel: same kind and normalised form. */
  public boolean sameChannelAs(ContactPoint other) {
    return kind == other.kind && normalized.equals(other.normalized);
  }

  static String normalizeEmail(String raw) {
    Objects.requireNonNull(raw, "email");
    String out = raw.strip().toLowerCase(Locale.ROOT);
    ValidationException.check(
        EMAIL.matcher(out).matches(), "email", "'" + raw + "' is not an e-mail address like name@example.com");
    return out;
  }

  static String normalizePhone(String raw, String defaultRegion) {
    Objects.requireNonNull(raw, "phone");
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    PhoneNumber number;
    try {
      number = util.parse(raw, defaultRegion.toUpperCase(Locale.ROOT));
    } catch (NumberParseException e) {
      throw new ValidationException(
          "phone", "'" + raw + "' is not a phone number (region " + defaultRegion + "): " + e.getMessage());
    }
    ValidationException.check(
        util.isValidNumber(number),
        "phone",
        "'" + raw + "' is not a valid phone number" + (raw.strip().startsWith("+") ? "" : " in region " + defaultRegion));
    return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  static String normalizeWeb(String raw) {
    Objects.requireNonNull(raw, "url");
    String text = raw.strip();
    if (!text.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      text = "https://" + text;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      ValidationException.check(
          scheme.equals("http") || scheme.equals("https"), "url", "'" + raw + "' is not an http(s) URL");
      ValidationException.check(
          uri.getHost() != null && uri.getHost().contains("."), "url", "'" + raw + "' has no host name such as example.com");
      String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
          + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
          + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      throw new ValidationException("url", "'" + raw + "' is not a URL: " + e.getReason());
    }
  }

  static String normalizeSocial(String network, String handle) {
    Objects.requireNonNull(handle, "handle");
    ValidationException.check(
        NETWORK.matcher(network).matches(), "network", "must be a lower-case network name such as 'linkedin' but was '" + network + "'");
    String h = handle.strip();
    if (h.startsWith("@")) {
      h = h.substring(1);
    }
    ValidationException.check(
        !h.isEmpty() && h.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)),
        "handle",
        "'" + handle + "' is not a handle (no spaces)");
    return network + ":" + h.toLowerCase(Locale.ROOT);
  }
}
