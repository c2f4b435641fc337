package io.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The directory accepts a role hierarchy exactly when it has no cycle. */
class DirectoryProperties {

  @Provide
  Arbitrary<List<Integer>> parentMaps() {
    return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.integers().between(-1, n - 1).list().ofSize(n));
  }

  @Property(tries = 300)
  void aHierarchyIsAcceptedExactlyWhenItHasNoCycle(@ForAll("parentMaps") List<Integer> parents) {
    List<Role> roles = new ArrayList<>();
    for (int i = 0; i < parents.size(); i++) {
      int p = parents.get(i);
      roles.add(p < 0 || p == i ? Role.top("r" + i, "R" + i) : Role.under("r" + i, "R" + i, "r" + p));
    }
    boolean cyclic = false;
    for (int i = 0; i < parents.size() && !cyclic; i++) {
      int at = i;
      for (int steps = 0; steps <= parents.size(); steps++) {
        int p = parents.get(at);
        if (p < 0 || p == at) {
          break;
        }
        at = p;
        if (steps == parents.size()) {
          cyclic = true;
        }
      }
    }
    if (cyclic) {
      assertThatThrownBy(() -> new Directory(roles, List.of(), List.of()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("cycle");
    } else {
      Directory d = new Directory(roles, List.of(), List.of());
      for (Role r : roles) {
        assertThat(d.subordinatesOf(r.id())).doesNotContain(r.id());
      }
    }
  }
}
