package io.crmkit.service.privacy;

import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.Contact;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Rule;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.privacy.RecordErasure;
import io.crmkit.core.privacy.TextScrubber;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.cases.MergedCase;
import io.crmkit.service.feedback.SurveyAnswer;
import io.crmkit.service.feedback.SurveyResponse;
import io.crmkit.service.feedback.SurveyResponseId;
import io.crmkit.service.intake.SenderActivity;
import io.crmkit.service.intake.SenderActivityId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link SubjectDataSource} of crm-service: what the service module holds about one person, and its erasure.
 *
 * <p>It finds the person's cases — their contact's, and those they opened or wrote on from one of their addresses
 * (a comment's author is the sender's address) or whose text names one of their addresses or numbers — the CSAT and
 * NPS responses ({@code survey_response}) on the cases that are theirs, and intake's sender activity
 * ({@code sender_activity}) of their addresses on every channel. Knowledge articles are not personal data and are
 * not looked at.
 *
 * <p>Anonymising a case that is theirs (their contact's, or opened by them) overwrites its {@code subject} and every
 * comment body ({@code comments}) with {@value #ERASED}, clears the {@code description} and {@code customFields}, and
 * overwrites the subjects of cases merged into it ({@code mergedCases}); on someone else's case it overwrites only
 * their own comments and replaces their names, addresses and numbers in the rest of the text. Either way their
 * address as a comment author becomes {@value #ERASED}, and thread keys holding it ({@code threadKeys}) go. The
 * status history, channel, priority and times stay for the SLA and service reports. A delete rule deletes only the
 * cases that are theirs; on someone else's case it anonymises their part. A survey response loses the
 * customer's {@code comment}s and keeps its scores. Sender activity is keyed by the sender's address, so it cannot
 * be anonymised: unless the policy keeps it, it is deleted (loop detection forgets the sender), and its action names
 * it by the hashed id {@link SenderActivityId#of} gives long addresses ({@code email:sha256:<hex>}), so the audit trail
 * does not keep the address.
 *
 * <p>{@code List<SubjectRecord> found = new ServiceSubjectData(clock).collect(tenantStore, subject);}
 */
public final class ServiceSubjectData implements SubjectDataSource {
  /** The module name in records and actions. */
  public static final String MODULE = "service";

  /** What overwrites a personal text that must stay present. */
  public static final String ERASED = RecordErasure.ERASED;

  private final Optional<Clock> clock;

  /**
   * A source for {@link java.util.ServiceLoader}: it gets its clock from {@code SubjectRequests} ({@link #withClock});
   * erasing through it directly, without a clock, is refused.
   */
  public ServiceSubjectData() {
    this.clock = Optional.empty();
  }

  /** A source that dates the cases it changes ({@code updatedAt}) by {@code clock}. */
  public ServiceSubjectData(Clock clock) {
    this.clock = Optional.of(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public ServiceSubjectData withClock(Clock clock) {
    return new ServiceSubjectData(clock);
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
        "this source has no clock: build it with new ServiceSubjectData(clock), or let SubjectRequests hand it its own")).instant();
    TextScrubber scrub = found.scrubber();
    Predicate<Case> theirs = c -> found.own.contains(c.id().value());
    List<ErasureAction> actions = new ArrayList<>();

    RecordErasure<Case, CaseId> cases = RecordErasure.<Case, CaseId>of(MODULE, Case.TYPE_NAME)
        .field("subject", c -> with(c, theirs.test(c) ? ERASED : scrub.apply(c.subject()), c.description(), c.comments(), c.customFields(),
            c.threadKeys(), c.mergedCases()))
        .field("description", c -> with(c, c.subject(), theirs.test(c) ? "" : scrub.apply(c.description()), c.comments(), c.customFields(),
            c.threadKeys(), c.mergedCases()))
        .field("comments", c -> with(c, c.subject(), c.description(),
            c.comments().stream().map(m -> erased(m, theirs.test(c) || found.isTheirs(m.author()), found, scrub)).toList(),
            c.customFields(), c.threadKeys(), c.mergedCases()))
        .field("customFields", c -> theirs.test(c)
            ? with(c, c.subject(), c.description(), c.comments(), CustomFields.empty(), c.threadKeys(), c.mergedCases())
            : c)
        .field("mergedCases", c -> with(c, c.subject(), c.description(), c.comments(), c.customFields(), c.threadKeys(),
            c.mergedCases().stream()
                .map(m -> new MergedCase(m.caseId(), theirs.test(c) ? ERASED : scrub.apply(m.subject()), m.statusHistory(), m.mergedAt(), m.mergedBy()))
                .toList()))
        .field("threadKeys", c -> with(c, c.subject(), c.description(), c.comments(), c.customFields(),
            c.threadKeys().stream().filter(k -> !scrub.matches(k)).collect(Collectors.toSet()), c.mergedCases()))
        .touch(c -> c.updatedAt().isBefore(now) ? c.withUpdatedAt(now) : c);
    found.cases.values().forEach(c -> cases.erase(found.caseRepo, c, policy, theirs.test(c)).ifPresent(actions::add));

    RecordErasure<SurveyResponse, SurveyResponseId> surveys = RecordErasure.<SurveyResponse, SurveyResponseId>of(MODULE, SurveyResponse.TYPE_NAME)
        .field("comment", r -> new SurveyResponse(r.id(), r.tenantId(), r.version(), r.caseId(), r.kind(), withoutComment(r.answer()), r.agent(),
            r.team(), r.history().stream().map(ServiceSubjectData::withoutComment).toList()));
    found.surveys.values().forEach(r -> surveys.erase(found.surveyRepo, r, policy).ifPresent(actions::add));

    for (SenderActivity a : found.senders.values()) {
      Rule rule = policy.forRecord(SenderActivity.TYPE_NAME);
      if (rule.treatment() == Treatment.KEEP) {
        actions.add(new ErasureAction(MODULE, SenderActivity.TYPE_NAME, auditId(a.id()), Treatment.KEEP, List.of(), rule.reason()));
      } else {
        found.senderRepo.delete(a.id(), a.version());
        String reason = rule.treatment() == Treatment.DELETE ? rule.reason() : rule.reason() + "; its id is the sender's address, so it is deleted";
        actions.add(new ErasureAction(MODULE, SenderActivity.TYPE_NAME, auditId(a.id()), Treatment.DELETE, List.of(), reason));
      }
    }
    return actions;
  }

  /**
   * The id of sender activity as an erasure action names it: the hashed form {@link SenderActivityId#of} gives
   * long addresses ({@code email:sha256:<hex>}), since the plain id is the address itself.
   */
  static String auditId(SenderActivityId id) {
    String value = id.value();
    int colon = value.indexOf(':');
    if (value.startsWith("sha256:", colon + 1)) {
      return value;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return value.substring(0, colon) + ":sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static CaseComment erased(CaseComment m, boolean wholly, Finding found, TextScrubber scrub) {
    String author = found.isTheirs(m.author()) ? ERASED : m.author();
    String body = wholly ? ERASED : scrub.apply(m.body());
    return new CaseComment(m.id(), m.visibility(), author, body, m.at(), m.channel(), m.messageId(), m.originalCase());
  }

  private static SurveyAnswer withoutComment(SurveyAnswer a) {
    return new SurveyAnswer(a.score(), Optional.empty(), a.answeredAt());
  }

  private static Case with(Case c, String subject, String description, List<CaseComment> comments, CustomFields customFields,
      Set<String> threadKeys, List<MergedCase> mergedCases) {
    return new Case(c.id(), c.tenantId(), c.version(), subject, description, c.statusHistory(), c.priority(), c.caseType(), c.product(),
        c.channel(), c.contact(), c.account(), c.owner(), c.parent(), comments, customFields, threadKeys, mergedCases, c.mergedInto(),
        c.createdAt(), c.updatedAt());
  }

  /** Everything the module holds about one subject, read once, by type and id. */
  private static final class Finding {
    final TenantStore store;
    final Subject subject;
    final Set<String> addresses = new LinkedHashSet<>();
    final Repository<Case, CaseId> caseRepo;
    final Repository<SurveyResponse, SurveyResponseId> surveyRepo;
    final Repository<SenderActivity, SenderActivityId> senderRepo;
    final Map<String, Case> cases = new TreeMap<>();
    final Map<String, String> relations = new TreeMap<>();
    /** The ids of the cases that are the person's own: their contact's, or opened by them. */
    final Set<String> own = new TreeSet<>();
    final Map<String, SurveyResponse> surveys = new TreeMap<>();
    final Map<String, SenderActivity> senders = new TreeMap<>();

    Finding(TenantStore store, Subject subject) {
      RecordErasure.requireSameTenant(store, subject);
      this.store = store;
      this.subject = subject;
      subject.emails().forEach(e -> addresses.add(e.strip().toLowerCase(Locale.ROOT)));
      subject.phones().forEach(p -> addresses.add(p.strip()));
      caseRepo = store.repository(Case.TYPE);
      surveyRepo = store.repository(SurveyResponse.TYPE);
      senderRepo = store.repository(SenderActivity.TYPE);

      TextScrubber mentions = TextScrubber.of(addresses, ERASED);
      // a comment author has no queryable field: the cases are streamed once and filtered
      try (Stream<Case> all = caseRepo.stream(Criteria.all())) {
        all.forEach(c -> relate(c, mentions));
      }
      if (!own.isEmpty()) {
        surveyRepo.query(Criteria.in(SurveyResponse.CASE, own)).forEach(r -> surveys.put(r.id().value(), r));
      }
      for (CaseChannel channel : CaseChannel.values()) {
        for (String address : addresses) {
          senderRepo.find(SenderActivityId.of(channel, address)).ifPresent(a -> senders.put(a.id().value(), a));
        }
      }
    }

    boolean isTheirs(String author) {
      return addresses.contains(author.strip().toLowerCase(Locale.ROOT)) || addresses.contains(author.strip());
    }

    private void relate(Case c, TextScrubber mentions) {
      String id = c.id().value();
      Optional<CaseComment> first = c.comments().stream().min(Comparator.comparing(CaseComment::at));
      String relation;
      if (c.contact().equals(Optional.of(subject.contact()))) {
        relation = "the contact's case";
        own.add(id);
      } else if (first.isPresent() && isTheirs(first.get().author())) {
        relation = "opened by the person's address";
        own.add(id);
      } else if (c.comments().stream().anyMatch(m -> isTheirs(m.author()))) {
        relation = "the person wrote on the case";
      } else if (mentions.matches(c.subject()) || mentions.matches(c.description())
          || c.comments().stream().anyMatch(m -> mentions.matches(m.body()))
          || c.threadKeys().stream().anyMatch(mentions::matches)) {
        relation = "the case's text names the person's address";
      } else {
        return;
      }
      cases.put(id, c);
      relations.put(id, relation);
    }

    /** The person's addresses, numbers and (while their contact has it) name. */
    TextScrubber scrubber() {
      Set<String> values = new LinkedHashSet<>(addresses);
      store.repository(Contact.TYPE).find(subject.contact()).ifPresent(c -> values.add(c.name().fullName()));
      return TextScrubber.of(values, ERASED);
    }

    List<SubjectRecord> records() {
      List<SubjectRecord> out = new ArrayList<>();
      cases.forEach((id, c) -> out.add(new SubjectRecord(MODULE, Case.TYPE_NAME, id, relations.get(id), c)));
      surveys.forEach((id, r) -> out.add(new SubjectRecord(
          MODULE, SurveyResponse.TYPE_NAME, id, r.kind() + " response on the case " + r.caseId().value(), r)));
      senders.forEach((id, a) -> out.add(new SubjectRecord(MODULE, SenderActivity.TYPE_NAME, id, "intake activity of the sender", a)));
      return out;
    }
  }
}
