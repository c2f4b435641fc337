package io.crmkit.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseServiceTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  final MutableClock clock = new MutableClock(T0);
  final TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));
  final List<DomainEvent> events = new ArrayList<>();
  final CaseService cases = CaseService.builder(acme, clock, IdGenerator.uuidV7(clock)).publisher(events::add).build();

  Case open(String id, String subject) {
    return cases.open(Case.builder(new CaseId(id), acme.tenantId()).subject(subject).timestamps(clock).build(), "u-1").supportCase();
  }

  @Nested
  @DisplayName("the lifecycle")
  class Lifecycle {
    @Test
    void walksTheStandardPathAndKeepsEveryChangeWithItsInstant() {
      Case c = open("c-1", "Printer on fire");
      clock.advance(Duration.ofMinutes(5));
      c = cases.changeStatus(c.id(), c.version(), "open", "u-1").supportCase();
      clock.advance(Duration.ofMinutes(10));
      c = cases.changeStatus(c.id(), c.version(), "await_customer", "u-1").supportCase();
      clock.advance(Duration.ofHours(1));
      c = cases.customerReplied(c.id(), c.version(), "ada@example.com").supportCase();
      clock.advance(Duration.ofMinutes(1));
      c = cases.changeStatus(c.id(), c.version(), "solve", "u-1").supportCase();
      c = cases.changeStatus(c.id(), c.version(), "reopen", "u-1").supportCase();

      assertThat(c.statusChanges()).extracting(StateChange::to)
          .containsExactly("new", "open", "pending_customer", "open", "solved", "open");
      assertThat(c.statusChanges()).extracting(StateChange::at)
          .containsExactly(T0, T0.plusSeconds(300), T0.plusSeconds(900), T0.plusSeconds(4500), T0.plusSeconds(4560), T0.plusSeconds(4560));
      assertThat(c.statusHistory().timeIn(CaseLifecycle.PENDING_CUSTOMER, clock.instant())).isEqualTo(Duration.ofHours(1));
      assertThat(events).filteredOn(CaseStatusChanged.class::isInstance).hasSize(5);
    }

    @Test
    void closedIsFinalAndMergeIsNotAnEventForPeople() {
      Case c = open("c-1", "Question");
      c = cases.changeStatus(c.id(), c.version(), "solve", "u-1").supportCase();
      c = cases.changeStatus(c.id(), c.version(), "close", "u-1").supportCase();
      Case closed = c;
      assertThatThrownBy(() -> cases.changeStatus(closed.id(), closed.version(), "reopen", "u-1"))
          .isInstanceOf(IllegalTransitionException.class);
      Case other = open("c-2", "Other");
      assertThatThrownBy(() -> cases.changeStatus(other.id(), other.version(), CaseLifecycle.MERGE, "u-1"))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CaseService.merge");
      assertThat(cases.lifecycle().availableEvents(other)).containsExactlyInAnyOrder("open", "solve");
    }

    @Test
    void aLifecycleWithoutMergeIntoClosedIsRejectedNamingTheState() {
      StateMachine<Case> noMerge = StateMachine.<Case>builder("case_status")
          .states("new", "closed").initial("new").terminal("closed").transition("new", "close", "closed").build();
      assertThatThrownBy(() -> CaseLifecycle.of(noMerge))
          .isInstanceOf(ValidationException.class).hasMessageContaining("state 'new' has no unguarded 'merge'");
    }

    @Test
    void customerReplyOnAnOpenCaseChangesNothing() {
      Case c = open("c-1", "Question");
      c = cases.changeStatus(c.id(), c.version(), "open", "u-1").supportCase();
      CaseChange reply = cases.customerReplied(c.id(), c.version(), "ada@example.com");
      assertThat(reply.events()).isEmpty();
      assertThat(reply.supportCase()).isEqualTo(c);
    }
  }

  @Nested
  @DisplayName("writes")
  class Writes {
    @Test
    void aStaleVersionWritesNothing() {
      Case c = open("c-1", "Question");
      cases.comment(c.id(), c.version(), CommentVisibility.INTERNAL, "looking", "u-1");
      assertThatThrownBy(() -> cases.comment(c.id(), c.version(), CommentVisibility.PUBLIC, "again", "u-2"))
          .isInstanceOf(ConcurrencyConflictException.class);
      assertThat(cases.find(c.id()).orElseThrow().comments()).extracting(CaseComment::body).containsExactly("looking");
    }

    @Test
    void commentsSeparateNotesFromRepliesWithAuthorAndInstant() {
      Case c = open("c-1", "Question");
      clock.advance(Duration.ofMinutes(3));
      c = cases.comment(c.id(), c.version(), CommentVisibility.INTERNAL, "customer is VIP", "u-1").supportCase();
      c = cases.comment(c.id(), c.version(), CommentVisibility.PUBLIC, "We are on it", "u-2").supportCase();
      assertThat(c.internalNotes()).extracting(CaseComment::author, CaseComment::body).containsExactly(
          org.assertj.core.groups.Tuple.tuple("u-1", "customer is VIP"));
      assertThat(c.publicReplies()).extracting(CaseComment::author, CaseComment::at).containsExactly(
          org.assertj.core.groups.Tuple.tuple("u-2", T0.plusSeconds(180)));
      assertThat(events).filteredOn(CaseCommented.class::isInstance).hasSize(2);
    }

    @Test
    void updateChangesAttributesButNotTheStatus() {
      Case c = open("c-1", "Question");
      Case changed = c.withPriority(CasePriority.HIGH).withOwner(Owner.team("tier-2")).withContact(new ContactId("ada"));
      Case saved = cases.update(changed, "u-1").supportCase();
      assertThat(saved.priority()).isEqualTo(CasePriority.HIGH);
      assertThat(saved.owner()).contains(Owner.team("tier-2"));
      Case sneaky = saved.toBuilder().statusHistory(io.crmkit.core.statemachine.StateHistory.start("open", T0)).build();
      assertThatThrownBy(() -> cases.update(sneaky, "u-1")).isInstanceOf(ValidationException.class).hasMessageStartingWith("status:");
    }

    @Test
    void parentLinksNeverFormACycle() {
      Case a = open("a", "Outage");
      Case b = open("b", "Cannot log in");
      Case c = open("c", "Login page slow");
      b = cases.linkParent(b.id(), b.version(), a.id(), "u-1").supportCase();
      c = cases.linkParent(c.id(), c.version(), b.id(), "u-1").supportCase();
      Case top = cases.find(a.id()).orElseThrow();
      assertThatThrownBy(() -> cases.linkParent(top.id(), top.version(), new CaseId("c"), "u-1"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("cycle");
      assertThat(cases.children(a.id())).extracting(Case::id).containsExactly(b.id());
      c = cases.unlinkParent(c.id(), c.version(), "u-1").supportCase();
      assertThat(c.parent()).isEmpty();
    }
  }

  @Nested
  @DisplayName("merging")
  class Merging {
    @Test
    void movesCommentsAndHistoriesClosesTheDuplicatesAndReparentsTheirChildren() {
      Case keep = open("keep", "VPN down");
      Case dup = open("dup", "VPN not working");
      Case child = open("child", "VPN down in Lyon");
      clock.advance(Duration.ofMinutes(1));
      dup = cases.comment(dup.id(), dup.version(), CommentVisibility.PUBLIC, "since 9:00", "u-3").supportCase();
      keep = cases.comment(keep.id(), keep.version(), CommentVisibility.INTERNAL, "network team paged", "u-1").supportCase();
      child = cases.linkParent(child.id(), child.version(), dup.id(), "u-1").supportCase();
      Case duplicate = cases.find(dup.id()).orElseThrow();
      events.clear();

      CaseMergeResult result = cases.merge(CaseMergeRequest.of(keep.id(), keep.version(), Map.of(duplicate.id(), duplicate.version()), "u-1"));

      assertThat(result.survivor().comments()).extracting(CaseComment::body, CaseComment::originalCase).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple("network team paged", Optional.empty()),
          org.assertj.core.groups.Tuple.tuple("since 9:00", Optional.of(duplicate.id())));
      assertThat(result.survivor().mergedCases()).singleElement().satisfies(m -> {
        assertThat(m.caseId()).isEqualTo(duplicate.id());
        assertThat(m.statusHistory().current()).isEqualTo(CaseLifecycle.CLOSED);
      });
      Case merged = cases.find(duplicate.id()).orElseThrow();
      assertThat(merged.status()).isEqualTo(CaseLifecycle.CLOSED);
      assertThat(merged.mergedInto()).map(CaseMerged::survivor).contains(keep.id());
      assertThat(cases.find(child.id()).orElseThrow().parent()).contains(keep.id());
      assertThatThrownBy(() -> cases.comment(merged.id(), merged.version(), CommentVisibility.INTERNAL, "x", "u-1"))
          .isInstanceOf(CaseReadOnlyException.class).hasMessageContaining("merged into case keep");
      assertThat(events).last().isInstanceOf(CasesMerged.class);
      assertThat(events).filteredOn(CaseParentChanged.class::isInstance).hasSize(1);
    }

    @Test
    void aStaleVersionLeavesEveryCaseAsItWas() {
      Case keep = open("keep", "VPN down");
      Case one = open("one", "VPN");
      Case two = open("two", "VPN again");
      Case before = cases.find(one.id()).orElseThrow();
      assertThatThrownBy(() -> cases.merge(CaseMergeRequest.of(
          keep.id(), keep.version(), new java.util.LinkedHashMap<>(Map.of(one.id(), one.version(), two.id(), two.version() + 7)), "u-1")))
          .isInstanceOf(ConcurrencyConflictException.class);
      assertThat(cases.find(one.id())).contains(before);
      assertThat(cases.find(keep.id())).contains(keep);
    }
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
