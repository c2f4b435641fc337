package io.crmkit.core.activity;

import static io.crmkit.core.activity.ActivityTest.ACCOUNT;
import static io.crmkit.core.activity.ActivityTest.ACME;
import static io.crmkit.core.activity.ActivityTest.ANN;
import static io.crmkit.core.activity.ActivityTest.SAM;
import static io.crmkit.core.activity.ActivityTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.audit.FakeTenantStore;
import io.crmkit.core.store.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivitiesTest {
  private final Repository<Activity, ActivityId> activities = new FakeTenantStore(ACME).repository(Activity.TYPE);

  private static Instant hours(long h) {
    return T0.plusSeconds(3600 * h);
  }

  private Activity taskDue(String id, long dueHours, Optional<Instant> remind, RecordRef link) {
    return activities.insert(
        Activity.task(new ActivityId(id), ACME, "Task " + id, SAM, List.of(link), Optional.of(hours(dueHours)), T0).withRemindAt(remind));
  }

  @Test
  void openActivitiesOfCustomersSoonestFirst() {
    taskDue("t-late", 48, Optional.empty(), ANN);
    taskDue("t-soon", 2, Optional.empty(), ACCOUNT);
    Activity done = taskDue("t-done", 1, Optional.empty(), ANN);
    activities.update(done.complete(hours(1)));
    taskDue("t-other", 1, Optional.empty(), new RecordRef("contact", "c-bob"));
    activities.insert(Activity.meeting(new ActivityId("m-1"), ACME, "Demo", SAM, List.of(ANN), hours(5), hours(6), T0));
    activities.insert(Activity.note(new ActivityId("n-1"), ACME, "Note", "text", SAM, List.of(ANN), T0));

    assertThat(Activities.open(activities, Set.of(ANN, ACCOUNT))).extracting(a -> a.id().value())
        .containsExactly("t-soon", "m-1", "t-late");
    assertThat(Activities.open(activities, Set.of())).isEmpty();
    assertThat(Activities.openOwnedBy(activities, SAM)).hasSize(4);
    assertThat(Activities.openOwnedBy(activities, Owner.team("sam"))).isEmpty();
  }

  @Test
  void remindersAndOverdueTasks() {
    taskDue("t-1", 10, Optional.of(hours(8)), ANN);
    taskDue("t-2", 10, Optional.of(hours(3)), ANN);
    Activity done = taskDue("t-3", 10, Optional.of(hours(1)), ANN);
    activities.update(done.cancel(hours(1)));
    taskDue("t-4", 1, Optional.empty(), ANN);

    assertThat(Activities.remindersDue(activities, hours(3))).extracting(a -> a.id().value()).containsExactly("t-2");
    assertThat(Activities.remindersDue(activities, hours(9))).extracting(a -> a.id().value()).containsExactly("t-2", "t-1");
    assertThat(Activities.remindersDue(activities, hours(3), hours(8))).extracting(a -> a.id().value()).containsExactly("t-1");
    assertThat(Activities.remindersDue(activities, hours(8), hours(8))).isEmpty();
    assertThat(Activities.overdue(activities, hours(2))).extracting(a -> a.id().value()).containsExactly("t-4");
    assertThat(Activities.overdue(activities, hours(1))).isEmpty();
  }
}
