package io.crmkit.marketing.privacy;

import io.crmkit.core.RecordRef;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Rule;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.privacy.RecordErasure;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.EnrolmentId;
import io.crmkit.marketing.journey.EnrolmentStatus;
import io.crmkit.marketing.journey.HistoryEntry;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.SnapshotId;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.ConfirmationId;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.SuppressionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The {@link SubjectDataSource} of crm-marketing: what the marketing module holds about one person, and its erasure.
 *
 * <p>It finds the person's journey enrolments ({@code journey_enrolment}), their pending double-opt-in
 * confirmations ({@code pending_confirmation}), the contact static lists ({@code static_list}) and segment
 * snapshots ({@code segment_snapshot}) that hold their contact id, and the suppression-list entries
 * ({@code suppression_list}) and global suppressions ({@code global_suppression}) naming their contact id or one of
 * their e-mail addresses. Anonymising exits a live journey enrolment ({@code status}) and overwrites its
 * {@code history} explanations and {@code position} with {@value #ERASED}; spends a pending confirmation
 * ({@code usedAt}), so its link can no longer subscribe the person; and removes the contact id from lists and
 * snapshots ({@code members}).
 *
 * <p>Suppressions survive erasure: they are what keeps an erased person from being contacted again (GDPR art. 21(3)
 * — an objection to direct marketing must keep being honoured — and art. 17(3)(b)), and they hold nothing but the
 * address or id the send-time check ({@code Subscriptions.mayContact}) compares. So a suppression is kept with
 * {@link #SUPPRESSION_KEPT} as the reason unless the policy keeps it with its own reason, or explicitly says
 * {@code record("global_suppression", DELETE)} (the record is deleted) or {@code record("suppression_list",
 * DELETE)} (the person's entries leave the list). Anonymising a suppression would silently lift it, so the default
 * rule is read as keep.
 *
 * <p>Campaign memberships live in their {@code Campaign} ({@code Campaign.members()}, queryable as
 * {@code Campaign.MEMBER}): a membership holds only the link to the contact, its status and when it first responded,
 * so by default it stays (the campaign's results keep counting a member who is now anonymised) and is reported as
 * kept with that reason; {@code record("campaign", DELETE)} takes the person out of the campaign instead (the campaign
 * itself is never deleted for one member). Subscriptions are consent events in crm-core's ledger (crm-core's source); sends waiting in
 * the job store are not in the store either — see the README for what a host does about them.
 *
 * <p>{@code List<ErasureAction> done = new MarketingSubjectData(clock).erase(tenantStore, subject, policy);}
 */
public final class MarketingSubjectData implements SubjectDataSource {
  /** The module name in records and actions. */
  public static final String MODULE = "marketing";
  /** Why a campaign membership stays by default. */
  public static final String MEMBERSHIP_KEPT =
      "a campaign membership holds only the link to the anonymised contact, its status and first response; the campaign's results keep counting it";
  private static final String CAMPAIGN = Campaign.TYPE_NAME;

  /** What overwrites a personal text that must stay present. */
  public static final String ERASED = RecordErasure.ERASED;

  /** Why a suppression naming the person is kept by default. */
  public static final String SUPPRESSION_KEPT =
      "kept so the person is never contacted again (GDPR art. 21(3), 17(3)(b)); holds only the address or id";

  static final String JOURNEY_ENROLMENT = Enrolment.TYPE_NAME;
  static final String PENDING_CONFIRMATION = PendingConfirmation.TYPE.name();
  static final String STATIC_LIST = StaticList.TYPE.name();
  static final String SNAPSHOT = MembershipSnapshot.TYPE.name();
  static final String SUPPRESSION_LIST = SuppressionList.TYPE.name();
  static final String GLOBAL_SUPPRESSION = GlobalSuppression.TYPE.name();

  private final Optional<Clock> clock;

  /**
   * A source for {@link java.util.ServiceLoader}: it gets its clock from {@code SubjectRequests} ({@link #withClock});
   * erasing through it directly, without a clock, is refused.
   */
  public MarketingSubjectData() {
    this.clock = Optional.empty();
  }

  /** A source whose erasures date their changes (exits, spent confirmations, list changes) by {@code clock}. */
  public MarketingSubjectData(Clock clock) {
    this.clock = Optional.of(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public MarketingSubjectData withClock(Clock clock) {
    return new MarketingSubjectData(clock);
  }

  @Override
  public String module() {
    return MODULE;
  }

  @Override
  public List<SubjectRecord> collect(TenantStore store, Subject subject) {
    return new Finding(store, subject).records();
  }

  @Override
  public List<ErasureAction> erase(TenantStore store, Subject subject, ErasurePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Finding found = new Finding(store, subject);
    Instant now = clock.orElseThrow(() -> new IllegalStateException(
        "this source has no clock: build it with new MarketingSubjectData(clock), or let SubjectRequests hand it its own")).instant();
    String contactId = subject.contact().value();
    List<ErasureAction> actions = new ArrayList<>();

    RecordErasure<Enrolment, EnrolmentId> enrolment = RecordErasure.<Enrolment, EnrolmentId>of(MODULE, JOURNEY_ENROLMENT)
        .field("status", e -> e.isActive() ? exited(e, now) : e)
        .field("history", MarketingSubjectData::withoutExplanations)
        .field("position", e -> e.position().equals(ERASED) ? e : new Enrolment(e.id(), e.tenantId(), e.version(), e.journeyId(),
            e.contact(), e.zone(), e.enteredAt(), e.status(), e.currentStep(), e.stepEnteredAt(), e.exitedAt(), ERASED, e.history(),
            e.sent(), e.signals()));
    found.enrolments.values().forEach(e -> enrolment.erase(found.enrolmentRepo, e, policy).ifPresent(actions::add));

    RecordErasure<PendingConfirmation, ConfirmationId> confirmation =
        RecordErasure.<PendingConfirmation, ConfirmationId>of(MODULE, PENDING_CONFIRMATION)
            .field("usedAt", c -> c.usedAt().isPresent() ? c : c.usedAt(now));
    found.confirmations.values().forEach(c -> confirmation.erase(found.confirmationRepo, c, policy).ifPresent(actions::add));

    RecordErasure<StaticList, ListId> list = RecordErasure.<StaticList, ListId>of(MODULE, STATIC_LIST)
        .field("members", l -> l.members().contains(contactId) ? l.withoutMembers(List.of(contactId), later(l.updatedAt(), now)) : l);
    found.lists.values().forEach(l -> list.erase(found.listRepo, l, policy).ifPresent(actions::add));

    RecordErasure<MembershipSnapshot, SnapshotId> snapshot = RecordErasure.<MembershipSnapshot, SnapshotId>of(MODULE, SNAPSHOT)
        .field("members", s -> s.contains(contactId)
            ? new MembershipSnapshot(s.id(), s.tenantId(), s.version(), s.segment(), s.segmentVersion(), s.takenAt(),
                s.members().stream().filter(m -> !m.equals(contactId)).toList())
            : s);
    found.snapshots.values().forEach(s -> snapshot.erase(found.snapshotRepo, s, policy).ifPresent(actions::add));

    Rule campaignRule = policy.forRecord(CAMPAIGN);
    for (Campaign c : found.campaigns.values()) {
      if (campaignRule.treatment() == Treatment.DELETE) {
        found.campaignRepo.update(c.withoutMember(found.member));
        actions.add(new ErasureAction(MODULE, CAMPAIGN, c.id().value(), Treatment.ANONYMISE, List.of("members"),
            campaignRule.reason() + " (the person leaves the campaign; the campaign stays)"));
      } else {
        actions.add(new ErasureAction(MODULE, CAMPAIGN, c.id().value(), Treatment.KEEP, List.of("members"),
            campaignRule.treatment() == Treatment.KEEP ? campaignRule.reason() : MEMBERSHIP_KEPT));
      }
    }

    for (SuppressionList l : found.suppressionLists.values()) {
      Rule rule = policy.forRecord(SUPPRESSION_LIST);
      if (rule.treatment() == Treatment.DELETE) {
        List<SuppressionEntry> rest = l.entries().stream().filter(found.naming.negate()).toList();
        found.suppressionListRepo.update(
            new SuppressionList(l.id(), l.tenantId(), l.version(), l.name(), rest, l.createdAt(), later(l.updatedAt(), now)));
        actions.add(new ErasureAction(MODULE, SUPPRESSION_LIST, l.id().value(), Treatment.ANONYMISE, List.of("entries"), rule.reason()));
      } else {
        actions.add(kept(SUPPRESSION_LIST, l.id().value(), rule));
      }
    }
    for (GlobalSuppression g : found.globalSuppressions.values()) {
      Rule rule = policy.forRecord(GLOBAL_SUPPRESSION);
      if (rule.treatment() == Treatment.DELETE) {
        found.globalSuppressionRepo.delete(g.id(), g.version());
        actions.add(new ErasureAction(MODULE, GLOBAL_SUPPRESSION, g.id().value(), Treatment.DELETE, List.of(), rule.reason()));
      } else {
        actions.add(kept(GLOBAL_SUPPRESSION, g.id().value(), rule));
      }
    }
    return actions;
  }

  private static ErasureAction kept(String type, String id, Rule rule) {
    return new ErasureAction(MODULE, type, id, Treatment.KEEP, List.of(), rule.treatment() == Treatment.KEEP ? rule.reason() : SUPPRESSION_KEPT);
  }

  private static Enrolment exited(Enrolment e, Instant now) {
    Instant at = later(e.stepEnteredAt(), now);
    List<HistoryEntry> history = new ArrayList<>(e.history());
    history.add(new HistoryEntry(at, Optional.of(e.currentStep()), Optional.empty(), ERASED));
    return new Enrolment(e.id(), e.tenantId(), e.version(), e.journeyId(), e.contact(), e.zone(), e.enteredAt(), EnrolmentStatus.EXITED,
        e.currentStep(), e.stepEnteredAt(), Optional.of(at), e.position(), history, e.sent(), e.signals());
  }

  private static Enrolment withoutExplanations(Enrolment e) {
    if (e.history().stream().allMatch(h -> h.explanation().equals(ERASED))) {
      return e;
    }
    List<HistoryEntry> history = e.history().stream().map(h -> new HistoryEntry(h.at(), h.from(), h.to(), ERASED)).toList();
    return new Enrolment(e.id(), e.tenantId(), e.version(), e.journeyId(), e.contact(), e.zone(), e.enteredAt(), e.status(),
        e.currentStep(), e.stepEnteredAt(), e.exitedAt(), e.position(), history, e.sent(), e.signals());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Everything the module holds about one subject, read once, by type and id. */
  private static final class Finding {
    final TenantStore store;
    final Subject subject;
    final Predicate<SuppressionEntry> naming;
    final Repository<Enrolment, EnrolmentId> enrolmentRepo;
    final Repository<PendingConfirmation, ConfirmationId> confirmationRepo;
    final Repository<StaticList, ListId> listRepo;
    final Repository<MembershipSnapshot, SnapshotId> snapshotRepo;
    final Repository<SuppressionList, ListId> suppressionListRepo;
    final Repository<GlobalSuppression, SuppressionId> globalSuppressionRepo;
    final Map<String, Enrolment> enrolments = new TreeMap<>();
    final Map<String, PendingConfirmation> confirmations = new TreeMap<>();
    final Map<String, StaticList> lists = new TreeMap<>();
    final Map<String, MembershipSnapshot> snapshots = new TreeMap<>();
    final Map<String, SuppressionList> suppressionLists = new TreeMap<>();
    final Map<String, GlobalSuppression> globalSuppressions = new TreeMap<>();
    final Repository<Campaign, CampaignId> campaignRepo;
    final RecordRef member;
    final Map<String, Campaign> campaigns = new TreeMap<>();

    Finding(TenantStore store, Subject subject) {
      RecordErasure.requireSameTenant(store, subject);
      this.store = store;
      this.subject = subject;
      String contactId = subject.contact().value();
      Set<String> emails = new LinkedHashSet<>();
      subject.emails().forEach(e -> emails.add(e.strip().toLowerCase(Locale.ROOT)));
      // compared as SuppressionEntry compares them: ids exactly, addresses lower-cased
      this.naming = e -> switch (e.kind()) {
        case ID -> e.value().equals(contactId);
        case EMAIL -> emails.contains(e.value());
        case DOMAIN -> false;
      };
      Set<String> keys = new LinkedHashSet<>();
      keys.add(SuppressionEntry.id(contactId).toString());
      emails.forEach(e -> keys.add(SuppressionEntry.Kind.EMAIL.name().toLowerCase(Locale.ROOT) + ":" + e));

      enrolmentRepo = store.repository(Enrolment.TYPE);
      confirmationRepo = store.repository(PendingConfirmation.TYPE);
      listRepo = store.repository(StaticList.TYPE);
      snapshotRepo = store.repository(MembershipSnapshot.TYPE);
      suppressionListRepo = store.repository(SuppressionList.TYPE);
      globalSuppressionRepo = store.repository(GlobalSuppression.TYPE);
      campaignRepo = store.repository(Campaign.TYPE);
      member = RecordRef.of("contact", subject.contact());
      campaignRepo.query(Criteria.eq(Campaign.MEMBER, member.toString())).forEach(c -> campaigns.put(c.id().value(), c));

      enrolmentRepo.query(Criteria.eq(Enrolment.CONTACT, contactId)).forEach(e -> enrolments.put(e.id().value(), e));
      scan(confirmationRepo, c -> c.contact().equals(subject.contact()), confirmations);
      scan(listRepo, l -> l.target() == SegmentTarget.CONTACTS && l.members().contains(contactId), lists);
      scan(snapshotRepo, s -> s.contains(contactId), snapshots);
      scan(suppressionListRepo, l -> l.entries().stream().anyMatch(naming), suppressionLists);
      globalSuppressionRepo.query(Criteria.in(GlobalSuppression.ENTRY, keys))
          .forEach(g -> globalSuppressions.put(g.id().value(), g));
    }

    /** The records of a type without a queryable field for the person, filtered while streaming. */
    private static <T extends io.crmkit.core.Aggregate<I>, I extends io.crmkit.core.EntityId> void scan(
        Repository<T, I> repo, Predicate<T> about, Map<String, T> into) {
      try (Stream<T> all = repo.stream(Criteria.all())) {
        all.filter(about).forEach(r -> into.put(r.id().value(), r));
      }
    }

    List<SubjectRecord> records() {
      List<SubjectRecord> out = new ArrayList<>();
      enrolments.forEach((id, e) -> out.add(new SubjectRecord(MODULE, JOURNEY_ENROLMENT, id, "enrolled in journey " + e.journeyId().value(), e)));
      confirmations.forEach((id, c) -> out.add(new SubjectRecord(
          MODULE, PENDING_CONFIRMATION, id, "double opt-in confirmation for " + c.subscriptionType().value(), c)));
      lists.forEach((id, l) -> out.add(new SubjectRecord(MODULE, STATIC_LIST, id, "member of the list " + l.name(), l)));
      snapshots.forEach((id, s) -> out.add(new SubjectRecord(
          MODULE, SNAPSHOT, id, "member of segment " + s.segment().value() + " at " + s.takenAt(), s)));
      suppressionLists.forEach((id, l) -> out.add(new SubjectRecord(MODULE, SUPPRESSION_LIST, id, "suppressed by the list " + l.name(), l)));
      campaigns.forEach((id, c) -> out.add(new SubjectRecord(MODULE, CAMPAIGN, id, "member of the campaign " + c.name()
          + c.member(member).map(m -> " (" + m.status() + ")").orElse(""), c)));
      globalSuppressions.forEach((id, g) -> out.add(new SubjectRecord(
          MODULE, GLOBAL_SUPPRESSION, id, "globally suppressed by " + g.entry().kind().name().toLowerCase(Locale.ROOT), g)));
      return out;
    }
  }
}
