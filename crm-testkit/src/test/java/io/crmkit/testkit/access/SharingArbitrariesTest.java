package io.crmkit.testkit.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.access.Directory;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.OrgWideDefault;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.SharingGroup;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.access.SharingRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The sharing generators make valid and varied models")
class SharingArbitrariesTest {
  @Test
  void directoriesCoverHierarchiesTeamsPartnersInactiveUsersAndUnicode() {
    List<Directory> sample = SharingArbitraries.directories().sampleStream().limit(300).toList();
    assertThat(sample).allSatisfy(d -> assertThat(d.users()).isNotEmpty());
    assertThat(sample).anySatisfy(d -> assertThat(d.roles().stream().filter(r -> r.parent().isPresent())).hasSizeGreaterThan(2));
    assertThat(sample).anySatisfy(d -> assertThat(d.teams()).hasSize(3));
    List<DirectoryUser> users = sample.stream().flatMap(d -> d.users().stream()).toList();
    assertThat(users).anySatisfy(u -> assertThat(u.hasPartnerSeat()).isTrue());
    assertThat(users).anySatisfy(u -> assertThat(u.active()).isFalse());
    assertThat(users).anySatisfy(u -> assertThat(u.role()).isEmpty());
    assertThat(users).anySatisfy(u -> assertThat(u.id()).contains("ë"));
    assertThat(users).anySatisfy(u -> assertThat(u.teams()).hasSizeGreaterThan(1));
  }

  @Test
  void specsCoverEveryDefaultRuleKindAndGroupKind() {
    List<SharingModelSpec> specs = SharingArbitraries.directories()
        .flatMap(d -> SharingArbitraries.specs(SharingWorlds.TENANT, d, "contact", java.util.Optional.of("accountId"),
            SharingWorlds.criteria(d), SharingWorlds.FIELDS))
        .sampleStream().limit(300).toList();
    Set<OrgWideDefault> internal = new HashSet<>();
    Set<SharingGroup.Kind> kinds = new HashSet<>();
    Set<Class<?>> sources = new HashSet<>();
    for (SharingModelSpec s : specs) {
      internal.add(s.object("contact").internalDefault());
      assertThat(s.object("contact").externalDefault()).isLessThanOrEqualTo(s.object("contact").internalDefault());
      for (SharingRule r : s.rules()) {
        kinds.add(r.sharedWith().kind());
        sources.add(r.source().getClass());
      }
    }
    assertThat(internal).containsExactlyInAnyOrder(OrgWideDefault.values());
    assertThat(kinds).containsExactlyInAnyOrder(SharingGroup.Kind.values());
    assertThat(sources).containsExactlyInAnyOrder(SharingRule.OwnedBy.class, SharingRule.Matching.class);
    assertThat(specs).anySatisfy(s -> assertThat(s.rules()).isEmpty());
    assertThat(specs).anySatisfy(s -> assertThat(s.permissions()).isNotEmpty());
    assertThat(specs).anySatisfy(s -> assertThat(s.fieldSecurity()).isNotEmpty());
  }

  @Test
  void principalsAndSharesCoverEveryCase() {
    Directory d = SharingArbitraries.directories().sampleStream().filter(x -> x.users().size() > 3).findFirst().orElseThrow();
    List<Principal> principals = SharingArbitraries.principals(SharingWorlds.TENANT, d).sampleStream().limit(300).toList();
    assertThat(principals).anySatisfy(p -> assertThat(p.isSystem()).isTrue());
    assertThat(principals).anySatisfy(p -> assertThat(p.tenant()).isNotEqualTo(SharingWorlds.TENANT));
    assertThat(principals).anySatisfy(p -> assertThat(p.userId()).isEqualTo("ghost"));
    assertThat(SharingArbitraries.shares(SharingWorlds.TENANT, d, "contact", List.of("c-1", "c-2")).sampleStream().limit(200)
        .flatMap(List::stream).toList())
        .anySatisfy(s -> assertThat(s.expiresAt()).isEmpty())
        .anySatisfy(s -> assertThat(s.expiresAt()).isPresent())
        .allSatisfy(s -> assertThat(s.recordId()).isIn("c-1", "c-2"));
    assertThat(Arbitraries.of(SharingArbitraries.ownersOf(d)).sampleStream().limit(100).toList()).contains(SharingArbitraries.GHOST);
  }
}
