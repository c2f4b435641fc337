package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Kernel values: tenants, owners, record references and timestamp pairs. */
final class Records {
  private Records() {}

  /** Entity type names of the crmkit modules, and generated ones. */
  static final List<String> TYPE_NAMES =
      List.of("contact", "account", "lead", "opportunity", "case", "campaign", "activity", "quote");

  static Arbitrary<TenantId> tenantIds() {
    return Cache.of("Records.tenantIds", Records::makeTenantIds);
  }

  private static Arbitrary<TenantId> makeTenantIds() {
    return Texts.tenantIdTexts().map(TenantId::new);
  }

  static Arbitrary<Owner> owners() {
    return Cache.of("Records.owners", Records::makeOwners);
  }

  private static Arbitrary<Owner> makeOwners() {
    Arbitrary<String> ids =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 500).map(n -> "u-" + n)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("emea", "apac", "inside-sales", "support-tier-2", "営業チーム")),
            net.jqwik.api.Tuple.of(1, Texts.idTexts()));
    return Combinators.combine(Arbitraries.of(Owner.Kind.class), ids).as(Owner::new);
  }

  static Arbitrary<String> typeNames() {
    return Cache.of("Records.typeNames", Records::makeTypeNames);
  }

  private static Arbitrary<String> makeTypeNames() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(TYPE_NAMES)), net.jqwik.api.Tuple.of(1, Texts.lowerNames(64)));
  }

  static Arbitrary<RecordRef> recordRefs() {
    return Cache.of("Records.recordRefs", Records::makeRecordRefs);
  }

  private static Arbitrary<RecordRef> makeRecordRefs() {
    return Combinators.combine(typeNames(), Texts.idTexts()).as(RecordRef::new);
  }

  static Arbitrary<RecordRef> recordRefs(String type) {
    return Texts.idTexts().map(id -> new RecordRef(type, id));
  }

  /** A (createdAt, updatedAt) pair with createdAt ≤ updatedAt; equal in about a quarter of the samples. */
  static Arbitrary<Instant[]> timestamps() {
    return Cache.of("Records.timestamps", Records::makeTimestamps);
  }

  private static Arbitrary<Instant[]> makeTimestamps() {
    return Combinators.combine(Times.instants(), Times.instants(), Arbitraries.integers().between(0, 3))
        .as(
            (a, b, same) -> {
              Instant lo = a.isBefore(b) ? a : b;
              Instant hi = a.isBefore(b) ? b : a;
              return new Instant[] {lo, same == 0 ? lo : hi};
            });
  }

  /** {@code to}, or a variant of it when it equals {@code from}: a relationship needs two parties. */
  static RecordRef other(RecordRef from, RecordRef to) {
    if (!from.equals(to)) {
      return to;
    }
    String id = to.id().length() < 128 ? to.id() + "2" : to.id().substring(0, 127) + (to.id().endsWith("2") ? "3" : "2");
    return new RecordRef(to.type(), id);
  }
}
