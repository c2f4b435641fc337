package io.crmkit.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.audit.FakeTenantStore;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ActivityProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Provide
  Arbitrary<List<RecordRef>> links() {
    return Arbitraries.of("contact:c-1", "contact:c-2", "account:a-1", "lead:l-1", "case:k-1")
        .map(RecordRef::parse)
        .set().ofMinSize(1).ofMaxSize(4)
        .map(ArrayList::new);
  }

  @Property(tries = 200)
  void aTaskIsValidExactlyWhenItsReminderIsNotAfterItsDueDate(@ForAll @IntRange(max = 100) int due, @ForAll @IntRange(max = 100) int remind) {
    Activity task = Activity.task(new ActivityId("t"), ACME, "s", Owner.user("u"), List.of(RecordRef.parse("contact:c")),
        Optional.of(T0.plusSeconds(due)), T0);
    if (remind <= due) {
      assertThat(task.withRemindAt(Optional.of(T0.plusSeconds(remind))).remindAt()).contains(T0.plusSeconds(remind));
    } else {
      assertThatThrownBy(() -> task.withRemindAt(Optional.of(T0.plusSeconds(remind)))).isInstanceOf(ValidationException.class);
    }
  }

  @Property(tries = 200)
  void theLinksFieldMatchesExactlyTheLinkedRecords(@ForAll("links") List<RecordRef> links, @ForAll("links") List<RecordRef> asked) {
    Activity note = Activity.note(new ActivityId("n"), ACME, "s", "b", Owner.user("u"), links, T0);
    boolean linked = asked.stream().anyMatch(links::contains);
    assertThat(Activity.TYPE.matcher(Activities.linkedToAny(Set.copyOf(asked))).test(note)).isEqualTo(linked);
  }

  /** Polling reminders over consecutive windows (prev, now] hands out every due open reminder exactly once. */
  @Property(tries = 100)
  void pollingWindowsHandOutEachReminderOnce(
      @ForAll @Size(max = 12) List<@IntRange(max = 50) Integer> reminders, @ForAll @Size(min = 1, max = 6) List<@IntRange(max = 60) Integer> polls) {
    Repository<Activity, ActivityId> repo = new FakeTenantStore(ACME).repository(Activity.TYPE);
    for (int i = 0; i < reminders.size(); i++) {
      repo.insert(Activity.task(new ActivityId("t" + i), ACME, "s", Owner.user("u"), List.of(RecordRef.parse("contact:c")),
          Optional.of(T0.plusSeconds(100)), T0).withRemindAt(Optional.of(T0.plusSeconds(reminders.get(i)))));
    }
    List<Integer> sortedPolls = polls.stream().sorted().toList();
    Instant previous = T0.minusSeconds(1);
    List<String> handedOut = new ArrayList<>();
    for (int p : sortedPolls) {
      Instant now = T0.plusSeconds(p);
      Activities.remindersDue(repo, previous, now).forEach(a -> handedOut.add(a.id().value()));
      previous = now;
    }
    int last = sortedPolls.get(sortedPolls.size() - 1);
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < reminders.size(); i++) {
      if (reminders.get(i) <= last) {
        expected.add("t" + i);
      }
    }
    assertThat(handedOut).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Activities.remindersDue(repo, T0.plusSeconds(last))).extracting(a -> a.id().value()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(repo.count(Criteria.all())).isEqualTo(reminders.size());
  }
}
