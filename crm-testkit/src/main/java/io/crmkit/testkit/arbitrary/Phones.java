package io.crmkit.testkit.arbitrary;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Phone numbers libphonenumber deems valid: the example fixed-line and mobile numbers of every region it
 * supports, with the last two digits varied and the result re-validated (falling back to the example
 * itself when a variation is not a valid number).
 */
final class Phones {
  private Phones() {}

  /** A valid number of a region, the region it was dialled from and the way it was typed. */
  record Sample(String region, String raw, String e164) {}

  private record Base(String region, PhoneNumber number) {}

  /** Loaded on first use: reading every region's metadata takes a moment. */
  private static final class Holder {
    static final List<Base> BASES = bases();
  }

  private static List<Base> bases() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<Base> out = new ArrayList<>();
    for (String region : new TreeSet<>(util.getSupportedRegions())) {
      for (PhoneNumberType type : List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)) {
        PhoneNumber n = util.getExampleNumberForType(region, type);
        if (n != null && util.isValidNumber(n)) {
          out.add(new Base(region, n));
        }
      }
    }
    return List.copyOf(out);
  }

  static Arbitrary<Sample> samples() {
    return Cache.of("Phones.samples", Phones::makeSamples);
  }

  private static Arbitrary<Sample> makeSamples() {
    return Combinators.combine(
            Arbitraries.of(Holder.BASES),
            Arbitraries.integers().between(0, 99),
            Arbitraries.of(PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL))
        .as(Phones::sample);
  }

  /** Valid numbers in E.164. */
  static Arbitrary<String> e164() {
    return Cache.of("Phones.e164", Phones::makeE164);
  }

  private static Arbitrary<String> makeE164() {
    return samples().map(Sample::e164);
  }

  private static Sample sample(Base base, int lastDigits, PhoneNumberFormat format) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    PhoneNumber varied = new PhoneNumber().mergeFrom(base.number());
    long national = base.number().getNationalNumber();
    varied.setNationalNumber(national - national % 100 + lastDigits);
    PhoneNumber n = util.isValidNumber(varied) ? varied : base.number();
    String raw = util.format(n, format);
    return new Sample(base.region(), raw, util.format(n, PhoneNumberFormat.E164));
  }
}
