package io.crmkit.core.field;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.crmkit.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Shape checks shared by the custom-field types. */
final class FieldChecks {
  private FieldChecks() {}

  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  // local@domain.tld: no spaces, one '@', a dot in the domain, no empty labels
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

  static String checkKey(String key, String field) {
    java.util.Objects.requireNonNull(key, field);
    ValidationException.check(
        KEY.matcher(key).matches(),
        field,
        "must start with a lower-case letter, then lower-case letters, digits or '_' (at most 63) but was '"
            + key + "'");
    return key;
  }

  static boolean isEmail(String value) {
    return EMAIL.matcher(value).matches();
  }

  /** A phone number in international form ({@code +} and country code) that libphonenumber deems valid. */
  static boolean isPhone(String value) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      return util.isValidNumber(util.parse(value, "ZZ"));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** An absolute http or https URL with a host. */
  static boolean isUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
