package io.crmkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Suppression keys: stable, well-formed, and unrelated across tenants, kinds, values and host keys. */
class SuppressionKeysProperties {
  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> s.indexOf('\0') < 0);
  }

  @Provide
  Arbitrary<TenantId> tenants() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(12).map(TenantId::of);
  }

  @Property(tries = 200)
  void keysAreStableWellFormedAndSeparateTenantsKindsAndValues(
      @ForAll @Size(min = 32, max = 64) byte[] key, @ForAll("tenants") TenantId a, @ForAll("tenants") TenantId b,
      @ForAll("values") String v, @ForAll("values") String w) {
    SuppressionKeys keys = SuppressionKeys.withKey(key);
    assertThat(keys.email(a, v)).isEqualTo(SuppressionKeys.withKey(key.clone()).email(a, v)).matches("email:[0-9a-f]{64}");
    assertThat(keys.phone(a, v)).matches("phone:[0-9a-f]{64}");
    assertThat(keys.email(a, v).substring(6)).isNotEqualTo(keys.phone(a, v).substring(6));
    if (!a.equals(b)) {
      assertThat(keys.email(a, v)).isNotEqualTo(keys.email(b, v));
    }
    if (!v.equals(w)) {
      assertThat(keys.email(a, v)).isNotEqualTo(keys.email(a, w));
    }
    assertThat(keys.keysOf(a, Set.of(v), Set.of(w))).containsExactlyInAnyOrder(keys.email(a, v), keys.phone(a, w));
  }

  @Property(tries = 100)
  void anotherHostKeyGivesOtherKeys(@ForAll @Size(min = 32, max = 32) byte[] key, @ForAll("tenants") TenantId t, @ForAll("values") String v) {
    byte[] other = key.clone();
    other[0] ^= 1;
    assertThat(SuppressionKeys.withKey(key).email(t, v)).isNotEqualTo(SuppressionKeys.withKey(other).email(t, v));
  }
}
