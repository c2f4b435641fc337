package io.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The directory is validated when built")
class DirectoryTest {
  @Test
  void aCycleInTheHierarchyIsNamed() {
    assertThatThrownBy(() -> new Directory(List.of(Role.under("a", "A", "c"), Role.under("b", "B", "a"), Role.under("c", "C", "b")), List.of(), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining("a -> c -> b -> a");
    assertThatThrownBy(() -> Role.under("a", "A", "a")).hasMessageContaining("cannot report to itself");
  }

  @Test
  void unknownParentsRolesAndTeamsAreNamed() {
    assertThatThrownBy(() -> Directory.builder().role(Role.under("rep", "Rep", "boss")).build())
        .hasMessageContaining("roles.rep.parent").hasMessageContaining("unknown role boss");
    assertThatThrownBy(() -> Directory.builder().user(DirectoryUser.internal("u", "ghost", Set.of())).build())
        .hasMessageContaining("users.u.role");
    assertThatThrownBy(() -> Directory.builder().role(Role.top("r", "R")).user(DirectoryUser.internal("u", "r", Set.of("t"))).build())
        .hasMessageContaining("users.u.teams").hasMessageContaining("unknown team t");
    assertThatThrownBy(() -> Directory.builder().role(Role.top("r", "R")).role(Role.top("r", "R2")).build())
        .hasMessageContaining("role r is defined twice");
    assertThatThrownBy(() -> Directory.builder().team(new Team("t", "T")).team(new Team("t", "T")).build())
        .hasMessageContaining("team t is defined twice");
  }

  @Test
  void lookupsAnswerFromTheData() {
    Directory d = SharingFixtures.directory();
    assertThat(d.subordinatesOf("ceo")).containsExactly("vp-emea", "vp-us", "rep-emea", "rep-us");
    assertThat(d.subordinatesOf("rep-us")).isEmpty();
    assertThat(d.user("zoë")).isPresent();
    assertThat(d.user("nobody")).isEmpty();
    assertThat(Directory.empty().users()).isEmpty();
    assertThat(d.withUser(d.user("rep1").orElseThrow().withActive(false)).user("rep1").orElseThrow().active()).isFalse();
    assertThat(SharingGroup.parse("role-and-subordinates:vp-emea")).isEqualTo(SharingGroup.roleAndSubordinates("vp-emea"));
    assertThat(SharingGroup.parse("team:t-1").toString()).isEqualTo("team:t-1");
    assertThatThrownBy(() -> SharingGroup.parse("group:x")).hasMessageContaining("unknown kind 'group'");
    assertThatThrownBy(() -> SharingGroup.parse("nocolon")).hasMessageContaining("kind:id");
  }
}
