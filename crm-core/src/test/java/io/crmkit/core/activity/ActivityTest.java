package io.crmkit.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivityTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
  static final RecordRef ANN = new RecordRef("contact", "c-ann");
  static final RecordRef ACCOUNT = new RecordRef("account", "a-1");
  static final Owner SAM = Owner.user("sam");

  static Activity task(String id) {
    return Activity.task(new ActivityId(id), ACME, "Send the quote", SAM, List.of(ANN), Optional.of(T0.plusSeconds(86_400)), T0);
  }

  @Nested
  @DisplayName("the factories")
  class Factories {
    @Test
    @DisplayName("make open tasks, calls and meetings, and completed e-mails and notes")
    void statusByType() {
      Activity call = Activity.call(new ActivityId("a-2"), ACME, "Intro call", SAM, List.of(ANN), Direction.OUTBOUND, T0, Optional.empty(), T0);
      Activity meeting = Activity.meeting(new ActivityId("a-3"), ACME, "Demo", SAM, List.of(ANN, ACCOUNT), T0, T0.plusSeconds(3600), T0);
      Activity email = Activity.email(new ActivityId("a-4"), ACME, "Re: quote", SAM, List.of(ANN), Direction.INBOUND, T0, T0.plusSeconds(5));
      Activity note = Activity.note(new ActivityId("a-5"), ACME, "Budget", "Budget is approved for Q3.", SAM, List.of(ACCOUNT), T0);

      assertThat(List.of(task("a-1"), call, meeting)).allSatisfy(a -> {
        assertThat(a.isOpen()).isTrue();
        assertThat(a.completedAt()).isEmpty();
      });
      assertThat(List.of(email, note)).allSatisfy(a -> {
        assertThat(a.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(a.completedAt()).contains(a.occurredAt());
      });
      assertThat(call.direction()).contains(Direction.OUTBOUND);
      assertThat(note.body()).contains("Budget is approved for Q3.");
      assertThat(task("a-1").expectedAt()).isEqualTo(T0.plusSeconds(86_400));
      assertThat(meeting.expectedAt()).isEqualTo(T0);
    }
  }

  @Nested
  @DisplayName("validation refuses")
  class Validation {
    @Test
    @DisplayName("no links, or a link twice")
    void links() {
      assertThatThrownBy(() -> Activity.note(new ActivityId("a"), ACME, "s", "b", SAM, List.of(), T0))
          .isInstanceOf(ValidationException.class).hasMessageContaining("at least one");
      assertThatThrownBy(() -> Activity.note(new ActivityId("a"), ACME, "s", "b", SAM, List.of(ANN, ANN), T0))
          .isInstanceOf(ValidationException.class).hasMessageContaining("twice");
    }

    @Test
    @DisplayName("an end not after the start, and times on types that do not have them")
    void times() {
      assertThatThrownBy(() -> Activity.meeting(new ActivityId("a"), ACME, "Demo", SAM, List.of(ANN), T0, T0, T0))
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("endsAt"));
      assertThatThrownBy(() -> task("a").withEndsAt(Optional.of(T0.plusSeconds(1))))
          .hasMessageContaining("only calls and meetings have an end");
      Activity call = Activity.call(new ActivityId("a"), ACME, "c", SAM, List.of(ANN), Direction.INBOUND, T0, Optional.empty(), T0);
      assertThatThrownBy(() -> call.withDueAt(Optional.of(T0))).hasMessageContaining("only tasks have a due date");
      assertThatThrownBy(() -> call.withRemindAt(Optional.of(T0.plusSeconds(1)))).hasMessageContaining("must not be after the start");
      assertThatThrownBy(() -> task("a").withRemindAt(Optional.of(T0.plusSeconds(90_000)))).hasMessageContaining("due date");
      assertThatThrownBy(() -> task("a").withDirection(Optional.of(Direction.INBOUND))).hasMessageContaining("direction");
    }

    @Test
    @DisplayName("a blank subject and an updatedAt before createdAt")
    void texts() {
      assertThatThrownBy(() -> task("a").withSubject("  ")).hasMessageContaining("subject");
      assertThatThrownBy(() -> task("a").withUpdatedAt(T0.minusSeconds(1))).hasMessageContaining("updatedAt");
    }
  }

  @Test
  @DisplayName("an open activity completes or cancels once; then it refuses with its state")
  void transitions() {
    Activity done = task("a-1").complete(T0.plusSeconds(60));
    assertThat(done.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(done.completedAt()).contains(T0.plusSeconds(60));
    assertThat(done.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThatThrownBy(() -> done.complete(T0.plusSeconds(120)))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(((IllegalTransitionException) e).from()).isEqualTo("COMPLETED"));

    Activity cancelled = task("a-1").cancel(T0.plusSeconds(30));
    assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
    assertThat(cancelled.completedAt()).isEmpty();
    assertThatThrownBy(() -> cancelled.cancel(T0.plusSeconds(60))).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  @DisplayName("links can be added, removed and replaced, but never emptied")
  void relinking() {
    Instant t = T0.plusSeconds(10);
    Activity a = task("a-1").link(ACCOUNT, t);
    assertThat(a.links()).containsExactly(ANN, ACCOUNT);
    assertThat(a.updatedAt()).isEqualTo(t);
    assertThat(a.link(ACCOUNT, t)).isSameAs(a);
    assertThat(a.unlink(ANN, t).links()).containsExactly(ACCOUNT);
    assertThat(a.relink(List.of(ACCOUNT, ANN), t).links()).containsExactly(ACCOUNT, ANN);
    assertThatThrownBy(() -> task("a-2").unlink(ANN, t)).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("the entity type exposes links as type:id values, one per link")
  void entityType() {
    Activity a = task("a-1").link(ACCOUNT, T0);
    assertThat(Activity.TYPE.matcher(Criteria.eq(Activity.LINKS, "account:a-1")).test(a)).isTrue();
    assertThat(Activity.TYPE.matcher(Criteria.eq(Activity.LINKS, "contact:c-other")).test(a)).isFalse();
    assertThat(Activity.TYPE.matcher(Criteria.isNull(Activity.REMIND_AT)).test(a)).isTrue();
    assertThat(Activity.TYPE.matcher(Criteria.eq(Activity.OWNER, "user:sam")).test(a)).isTrue();
    assertThat(Activity.TYPE.indexedFields()).extracting(b -> b.name()).contains("links", "status", "owner", "remindAt");
  }
}
