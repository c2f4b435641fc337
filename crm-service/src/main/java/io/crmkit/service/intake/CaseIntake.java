package io.crmkit.service.intake;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChange;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CaseFields;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.cases.CaseLifecycles;
import io.crmkit.service.cases.CaseService;
import io.crmkit.service.cases.CommentVisibility;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns inbound messages into cases or replies, in one transaction per message, and says why ({@link
 * IntakeDecision}). In order:
 *
 * <ol>
 *   <li>auto-replies are ignored: {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply}, {@code
 *       X-Autorespond}, {@code Precedence: bulk | junk | list | auto_reply}, or an empty {@code Return-Path}
 *       (a bounce);
 *   <li>mail loops are ignored: a sender that is one of our own addresses, an {@code X-Loop} header naming one,
 *       or more than {@code loopLimit} messages from one sender within {@code loopWindow} (kept in {@link
 *       SenderActivity});
 *   <li>a message whose Message-ID was already received is ignored as a duplicate;
 *   <li>a message whose Message-ID, In-Reply-To or References (or chat/social {@code Conversation-ID}) names a
 *       message of a case's conversation is a reply on that case — so a thread lands on one case whatever the
 *       order its messages arrive in, as long as each names its ancestors;
 *   <li>a subject carrying a case token {@code [#CASE-<id>]} ({@link #token}) is a reply on that case;
 *   <li>anything else opens a new case, for the contact whose e-mail or phone matches the sender.
 * </ol>
 *
 * <p>Replies to a merged case go to its survivor; a reply to a case in a final status opens a new case. A
 * customer's reply fires {@code customer_replied}, which reopens a pending-customer case.
 *
 * <pre>{@code
 * CaseIntake intake = CaseIntake.builder(tenantStore, clock, ids).ownAddresses("support@acme.example").build();
 * IntakeResult result = intake.receive(mail);
 * System.out.println(result.decision().explain());
 * }</pre>
 */
public final class CaseIntake {
  private static final Pattern TOKEN = Pattern.compile("\\[#CASE-([^\\]\\s]{1,128})\\]");
  private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*((re|aw|fw|fwd|wg|sv|antw)\\s*(\\[\\d+\\])?\\s*:\\s*)+",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
  static final String RECEIVED = "received:";

  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final CaseLifecycles lifecycles;
  private final EventPublisher publisher;
  private final Set<String> ownAddresses;
  private final Duration loopWindow;
  private final int loopLimit;

  private CaseIntake(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.ids = b.ids;
    this.lifecycles = b.lifecycles;
    this.publisher = b.publisher;
    this.ownAddresses = Set.copyOf(b.ownAddresses);
    this.loopWindow = b.loopWindow;
    this.loopLimit = b.loopLimit;
  }

  /** Starts an intake for {@code store}'s tenant; see {@link Builder} for the defaults. */
  public static Builder builder(TenantStore store, Clock clock, IdGenerator ids) {
    return new Builder(store, clock, ids);
  }

  /** The subject token that threads replies onto {@code caseId}: {@code [#CASE-<id>]}; put it in outgoing subjects. */
  public static String token(CaseId caseId) {
    return "[#CASE-" + Objects.requireNonNull(caseId, "caseId").value() + "]";
  }

  /**
   * Decides what {@code message} is and stores it: a new case, a reply on a case, or nothing. All-or-nothing;
   * events are published after the transaction.
   */
  public IntakeResult receive(InboundMessage message) {
    Objects.requireNonNull(message, "message");
    List<DomainEvent> buffered = new ArrayList<>();
    CaseService cases = CaseService.builder(store, clock, ids).lifecycles(lifecycles).publisher(buffered::add).build();
    IntakeResult result = store.transactions().inTransaction(() -> decide(message, cases, buffered));
    result.events().forEach(publisher::publish);
    return result;
  }

  private IntakeResult decide(InboundMessage message, CaseService cases, List<DomainEvent> events) {
    Optional<String> auto = autoReply(message);
    if (auto.isPresent()) {
      return ignored(IntakeDecision.Ignored.Cause.AUTO_REPLY, auto.get());
    }
    Optional<String> loop = loop(message);
    if (loop.isPresent()) {
      return ignored(IntakeDecision.Ignored.Cause.MAIL_LOOP, loop.get());
    }
    Repository<Case, CaseId> repo = store.repository(Case.TYPE);
    Optional<String> messageId = message.messageId();
    if (messageId.isPresent()) {
      List<Case> seen = repo.query(Criteria.eq(CaseFields.THREAD_KEYS, RECEIVED + messageId.get()));
      if (!seen.isEmpty()) {
        return ignored(IntakeDecision.Ignored.Cause.DUPLICATE,
            "message <" + messageId.get() + "> was already received on case " + seen.get(0).id());
      }
    }
    Set<String> keys = new LinkedHashSet<>(message.referencedIds());
    messageId.ifPresent(keys::add);
    String closedNote = "";
    if (!keys.isEmpty()) {
      List<Case> threaded = repo.query(Criteria.in(CaseFields.THREAD_KEYS, List.copyOf(keys)));
      Optional<Case> target = threaded.stream().map(c -> survivor(repo, c))
          .min(Comparator.comparing(Case::createdAt).thenComparing(c -> c.id().value()));
      if (target.isPresent()) {
        Case original = threaded.stream().min(Comparator.comparing(Case::createdAt).thenComparing(c -> c.id().value())).orElseThrow();
        String matched = keys.stream().filter(original.threadKeys()::contains).findFirst().orElseThrow();
        String why = "its headers name message <" + matched + "> of case " + original.id()
            + (original.id().equals(target.get().id()) ? "" : ", which was merged into case " + target.get().id());
        if (!cases.lifecycle().isTerminal(target.get().status())) {
          return reply(cases, target.get(), message, keys, why, events);
        }
        closedNote = "; it answers case " + target.get().id() + ", which is " + target.get().status();
      }
    }
    Matcher token = TOKEN.matcher(message.subject());
    if (closedNote.isEmpty() && token.find()) {
      String id = token.group(1);
      Optional<Case> named = repo.find(new CaseId(id)).map(c -> survivor(repo, c));
      if (named.isPresent()) {
        String why = "its subject carries the token " + token.group()
            + (named.get().id().value().equals(id) ? "" : " of a case merged into case " + named.get().id());
        if (!cases.lifecycle().isTerminal(named.get().status())) {
          return reply(cases, named.get(), message, keys, why, events);
        }
        closedNote = "; its subject names case " + named.get().id() + ", which is " + named.get().status();
      } else {
        closedNote = "; its subject token " + token.group() + " names no case of this tenant";
      }
    }
    return open(cases, message, keys, closedNote, events);
  }

  private static Case survivor(Repository<Case, CaseId> repo, Case c) {
    Case at = c;
    Set<CaseId> seen = new HashSet<>();
    while (at.mergedInto().isPresent() && seen.add(at.id())) {
      at = repo.get(at.mergedInto().get().survivor());
    }
    return at;
  }

  private IntakeResult reply(
      CaseService cases, Case target, InboundMessage message, Set<String> keys, String why, List<DomainEvent> events) {
    CaseComment comment = new CaseComment(
        ids.nextValue(), CommentVisibility.PUBLIC, message.sender(), text(message), message.receivedAt(),
        Optional.of(message.channel()), message.messageId(), Optional.empty());
    Set<String> threadKeys = new LinkedHashSet<>(keys);
    message.messageId().ifPresent(id -> threadKeys.add(RECEIVED + id));
    CaseChange commented = cases.addComment(target.id(), target.version(), comment, threadKeys);
    CaseChange replied = cases.customerReplied(commented.supportCase().id(), commented.supportCase().version(), message.sender());
    boolean reopened = !replied.events().isEmpty();
    return new IntakeResult(new IntakeDecision.Reply(target.id(), reopened, why), Optional.of(replied.supportCase()), List.copyOf(events));
  }

  private IntakeResult open(CaseService cases, InboundMessage message, Set<String> keys, String note, List<DomainEvent> events) {
    Case.Builder draft = Case.builder(ids.next(CaseId::new), store.tenantId())
        .subject(subjectOf(message))
        .description(message.body())
        .channel(message.channel())
        .createdAt(message.receivedAt())
        .updatedAt(message.receivedAt());
    keys.forEach(draft::threadKey);
    message.messageId().ifPresent(id -> draft.threadKey(RECEIVED + id));
    Optional<Contact> contact = contactOf(message);
    contact.ifPresent(c -> {
      draft.contact(c.id());
      c.account().ifPresent(draft::account);
    });
    Case saved = cases.open(draft.build(), message.sender()).supportCase();
    String why = (keys.isEmpty() ? "it names no earlier message" : "no case's conversation contains the messages it names")
        + (TOKEN.matcher(message.subject()).find() ? "" : " and its subject carries no case token")
        + note
        + contact.map(c -> "; the sender is contact " + c.id()).orElse("; the sender matches no contact");
    return new IntakeResult(new IntakeDecision.NewCase(saved.id(), why), Optional.of(saved), List.copyOf(events));
  }

  private Optional<Contact> contactOf(InboundMessage message) {
    String sender = message.sender().toLowerCase(Locale.ROOT);
    Criteria where = switch (message.channel()) {
      case EMAIL, WEB_FORM -> Criteria.eq(ContactFields.EMAIL, sender);
      case PHONE -> Criteria.eq(ContactFields.PHONE, sender);
      case CHAT, SOCIAL -> Criteria.none();
    };
    List<Contact> found = store.repository(Contact.TYPE).query(where);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static String subjectOf(InboundMessage message) {
    String s = TOKEN.matcher(REPLY_PREFIX.matcher(message.subject()).replaceFirst("")).replaceAll("").strip();
    if (!s.isEmpty()) {
      return s;
    }
    String firstLine = message.body().strip().lines().findFirst().orElse("").strip();
    if (!firstLine.isEmpty()) {
      return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 79) + "…";
    }
    return message.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " message from " + message.sender();
  }

  private static String text(InboundMessage message) {
    return message.body().isBlank() ? message.subject() : message.body();
  }

  private static Optional<String> autoReply(InboundMessage message) {
    MessageHeaders h = message.headers();
    Optional<String> submitted = h.first("Auto-Submitted").filter(v -> !v.equalsIgnoreCase("no"));
    if (submitted.isPresent()) {
      return Optional.of("it is an automatic message (Auto-Submitted: " + submitted.get() + ")");
    }
    for (String name : List.of("X-Autoreply", "X-Autorespond", "X-Autoresponse")) {
      if (h.first(name).isPresent()) {
        return Optional.of("it is an auto-reply (header " + name + ")");
      }
    }
    Optional<String> precedence = h.first("Precedence").filter(v -> BULK_PRECEDENCE.contains(v.toLowerCase(Locale.ROOT)));
    if (precedence.isPresent()) {
      return Optional.of("it is bulk or automatic mail (Precedence: " + precedence.get() + ")");
    }
    if (h.first("Return-Path").filter(v -> v.equals("<>")).isPresent()) {
      return Optional.of("it is a bounce (empty Return-Path <>)");
    }
    return Optional.empty();
  }

  private Optional<String> loop(InboundMessage message) {
    String sender = message.sender().toLowerCase(Locale.ROOT);
    if (ownAddresses.contains(sender)) {
      return Optional.of("it comes from our own address " + sender + " (a mail loop)");
    }
    for (String value : message.headers().all("X-Loop")) {
      String v = value.toLowerCase(Locale.ROOT);
      Optional<String> own = ownAddresses.stream().filter(v::contains).findFirst();
      if (own.isPresent()) {
        return Optional.of("it already passed through " + own.get() + " (X-Loop: " + value.strip() + ")");
      }
    }
    Repository<SenderActivity, SenderActivityId> activity = store.repository(SenderActivity.TYPE);
    SenderActivityId id = SenderActivityId.of(message.channel(), message.sender());
    Optional<SenderActivity> stored = activity.find(id);
    SenderActivity next = stored.orElseGet(() -> SenderActivity.none(id, store.tenantId())).received(message.receivedAt(), loopWindow);
    if (stored.isPresent()) {
      activity.update(next);
    } else {
      activity.insert(next);
    }
    int recent = next.countWithin(loopWindow, message.receivedAt());
    if (recent > loopLimit) {
      return Optional.of("sender " + message.sender() + " sent " + recent + " messages within " + loopWindow
          + ", more than the limit of " + loopLimit + " (a mail loop)");
    }
    return Optional.empty();
  }

  private static IntakeResult ignored(IntakeDecision.Ignored.Cause cause, String reason) {
    return new IntakeResult(new IntakeDecision.Ignored(cause, reason), Optional.empty(), List.of());
  }

  /**
   * Configures a {@link CaseIntake}. Defaults: no own addresses, at most 10 messages per sender within 10
   * minutes, {@link CaseLifecycles#standard()}, events discarded.
   */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private CaseLifecycles lifecycles = CaseLifecycles.standard();
    private EventPublisher publisher = EventPublisher.discarding();
    private final Set<String> ownAddresses = new HashSet<>();
    private Duration loopWindow = Duration.ofMinutes(10);
    private int loopLimit = 10;

    private Builder(TenantStore store, Clock clock, IdGenerator ids) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The tenant's own support addresses: mail from them, or an {@code X-Loop} naming them, is a loop. */
    public Builder ownAddresses(String... addresses) {
      for (String a : addresses) {
        String address = Objects.requireNonNull(a, "address").strip().toLowerCase(Locale.ROOT);
        io.crmkit.core.ValidationException.check(!address.isEmpty(), "ownAddresses", "must not contain a blank address");
        ownAddresses.add(address);
      }
      return this;
    }

    /**
     * More than {@code limit} messages from one sender within {@code window} are a loop.
     *
     * @throws io.crmkit.core.ValidationException if the window is not positive or the limit below 1
     */
    public Builder loopGuard(Duration window, int limit) {
      Objects.requireNonNull(window, "window");
      io.crmkit.core.ValidationException.check(!window.isNegative() && !window.isZero(), "loopWindow", "must be positive");
      io.crmkit.core.ValidationException.check(limit >= 1, "loopLimit", "must be at least 1 but was " + limit);
      this.loopWindow = window;
      this.loopLimit = limit;
      return this;
    }

    public Builder lifecycles(CaseLifecycles value) {
      this.lifecycles = Objects.requireNonNull(value, "lifecycles");
      return this;
    }

    public Builder publisher(EventPublisher value) {
      this.publisher = Objects.requireNonNull(value, "publisher");
      return this;
    }

    public CaseIntake build() {
      return new CaseIntake(this);
    }
  }
}
