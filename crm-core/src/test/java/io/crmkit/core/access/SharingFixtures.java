package io.crmkit.core.access;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A small organisation for the example tests: a two-region hierarchy, a support team, an admin and a reseller. */
final class SharingFixtures {
  private SharingFixtures() {}

  static final TenantId ACME = TenantId.of("acme");
  static final TenantId GLOBEX = TenantId.of("globex");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  static Directory directory() {
    return Directory.builder()
        .role(Role.top("ceo", "Chief executive"))
        .role(Role.under("vp-emea", "VP EMEA", "ceo"))
        .role(Role.under("rep-emea", "Rep EMEA", "vp-emea"))
        .role(Role.under("vp-us", "VP US", "ceo"))
        .role(Role.under("rep-us", "Rep US", "vp-us"))
        .role(Role.top("admin", "Administrator"))
        .team(new Team("t-support", "Support queue"))
        .user(DirectoryUser.internal("ceo1", "ceo", Set.of()))
        .user(DirectoryUser.internal("vp1", "vp-emea", Set.of()))
        .user(DirectoryUser.internal("rep1", "rep-emea", Set.of("t-support")))
        .user(DirectoryUser.internal("rep2", "rep-emea", Set.of()))
        .user(DirectoryUser.internal("us1", "rep-us", Set.of()))
        .user(DirectoryUser.internal("admin1", "admin", Set.of()))
        .user(DirectoryUser.internal("gone", "rep-emea", Set.of()).withActive(false))
        .user(DirectoryUser.internal("zoë", "rep-us", Set.of("t-support")))
        .user(DirectoryUser.partner("p-exec", "acc-1", PartnerRole.EXECUTIVE))
        .user(DirectoryUser.partner("p-mgr", "acc-1", PartnerRole.MANAGER))
        .user(DirectoryUser.partner("p-user", "acc-1", PartnerRole.USER))
        .user(DirectoryUser.partner("p-other", "acc-2", PartnerRole.EXECUTIVE))
        .build();
  }

  /** Deals private with a partner field; everything else default. */
  static SharingModelSpec.Builder spec() {
    return SharingModelSpec.builder(ACME, directory())
        .object(ObjectSharing.of("deal", OrgWideDefault.PRIVATE).withPartnerField("partner"));
  }

  static SharingModel model() {
    return SharingModel.of(spec().build());
  }

  static Principal user(String id) {
    return Principal.user(ACME, id);
  }

  static Deal dealOf(String owner) {
    return Deal.of("d-" + owner.replace(':', '-'), ACME, owner.startsWith("team:")
        ? Owner.team(owner.substring(5)) : Owner.user(owner), "emea", 1000);
  }

  static RecordShare share(String id, String recordId, SharingGroup grantee, AccessLevel level, Optional<Instant> expiry) {
    return RecordShare.of(new RecordShareId(id), ACME, "deal", recordId, grantee, level, "rep1", expiry);
  }
}
