package io.crmkit.service.cases;

import static io.crmkit.service.cases.CaseFields.ACCOUNT_ID;
import static io.crmkit.service.cases.CaseFields.CASE_TYPE;
import static io.crmkit.service.cases.CaseFields.CHANNEL;
import static io.crmkit.service.cases.CaseFields.CONTACT_ID;
import static io.crmkit.service.cases.CaseFields.CREATED_AT;
import static io.crmkit.service.cases.CaseFields.MERGED_INTO;
import static io.crmkit.service.cases.CaseFields.OWNER;
import static io.crmkit.service.cases.CaseFields.PARENT_ID;
import static io.crmkit.service.cases.CaseFields.PRIORITY;
import static io.crmkit.service.cases.CaseFields.PRODUCT;
import static io.crmkit.service.cases.CaseFields.STATUS;
import static io.crmkit.service.cases.CaseFields.THREAD_KEYS;
import static io.crmkit.service.cases.CaseFields.UPDATED_AT;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.EntityType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A support case: what the customer asked (subject, description), its status in the tenant's {@link
 * CaseLifecycle} with the complete {@linkplain #statusHistory() status history} (every change with instant,
 * from and to — SLA clocks are computed from it), priority, type, product, channel of origin, contact and
 * account, owner or queue ({@link Owner#team}), parent case, comments (internal notes and public replies),
 * custom fields, the conversation's message ids for threading, and merge records.
 *
 * <pre>{@code
 * Case draft = Case.builder(ids.next(CaseId::new), tenant)
 *     .subject("Printer on fire")
 *     .description("Smoke since this morning")
 *     .priority(CasePriority.URGENT)
 *     .channel(CaseChannel.PHONE)
 *     .contact(adaId)
 *     .timestamps(clock)
 *     .build();                                  // status "new", version 0
 * }</pre>
 *
 * <p>Invariants: the subject is not blank; comment ids are unique per case they were written on; a case is never its own parent; {@code mergedInto} is present only when the status is {@link
 * CaseLifecycle#CLOSED}; {@code createdAt ≤ updatedAt}. Status, comments, parent and merges change through
 * {@link CaseService}; the {@code withX} methods change the plain attributes.
 */
public record Case(
    CaseId id,
    TenantId tenantId,
    long version,
    String subject,
    String description,
    StateHistory statusHistory,
    CasePriority priority,
    Optional<String> caseType,
    Optional<String> product,
    CaseChannel channel,
    Optional<ContactId> contact,
    Optional<AccountId> account,
    Optional<Owner> owner,
    Optional<CaseId> parent,
    List<CaseComment> comments,
    CustomFields customFields,
    Set<String> threadKeys,
    List<MergedCase> mergedCases,
    Optional<CaseMerged> mergedInto,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<CaseId> {

  /** The entity type name, used in {@link RecordRef}s: {@code RecordRef.of(Case.TYPE_NAME, id)}. */
  public static final String TYPE_NAME = "service_case";

  /** Describes cases to the stores; fields in {@link CaseFields}, custom fields as {@code custom.<key>}. */
  public static final EntityType<Case, CaseId> TYPE =
      EntityType.builder(TYPE_NAME, Case.class, CaseId::new)
          .field(STATUS, Case::status)
          .field(PRIORITY, c -> c.priority().name())
          .optionalField(CASE_TYPE, Case::caseType)
          .optionalField(PRODUCT, Case::product)
          .field(CHANNEL, c -> c.channel().name())
          .optionalField(CONTACT_ID, c -> c.contact().map(ContactId::value))
          .optionalField(ACCOUNT_ID, c -> c.account().map(AccountId::value))
          .optionalField(OWNER, c -> c.owner().map(Owner::toString))
          .optionalField(PARENT_ID, c -> c.parent().map(CaseId::value))
          .optionalField(MERGED_INTO, c -> c.mergedInto().map(m -> m.survivor().value()))
          .multiField(THREAD_KEYS, Case::threadKeys)
          .field(CREATED_AT, Case::createdAt)
          .field(UPDATED_AT, Case::updatedAt)
          .index(STATUS, CONTACT_ID, ACCOUNT_ID, OWNER, PARENT_ID, MERGED_INTO, THREAD_KEYS, UPDATED_AT)
          .customFields((c, key, kind) -> c.customFields().queryValues(key, kind), c -> c.customFields().allQueryValues())
          .build();

  public Case {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(statusHistory, "statusHistory");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(mergedInto, "mergedInto");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    comments = List.copyOf(comments);
    threadKeys = Set.copyOf(threadKeys);
    mergedCases = List.copyOf(mergedCases);
    subject = subject.strip();
    ValidationException.check(!subject.isEmpty(), "subject", "must not be blank");
    caseType = optionalText(caseType, "caseType");
    product = optionalText(product, "product");
    parent.ifPresent(p -> ValidationException.check(!p.equals(id), "parent", "a case cannot be its own parent"));
    Set<String> commentIds = new HashSet<>();
    for (CaseComment c : comments) {
      String key = c.originalCase().map(o -> o.value() + ":").orElse("") + c.id();
      ValidationException.check(
          commentIds.add(key), "comments",
          "comment id '" + c.id() + "'" + c.originalCase().map(o -> " moved from case " + o).orElse("") + " appears more than once");
    }
    for (String key : threadKeys) {
      ValidationException.check(!key.isBlank(), "threadKeys", "must not contain a blank key");
    }
    ValidationException.check(
        mergedInto.isEmpty() || statusHistory.current().equals(CaseLifecycle.CLOSED),
        "mergedInto",
        "a merged case is closed, but the status is '" + statusHistory.current() + "'");
    mergedInto.ifPresent(m -> ValidationException.check(!m.survivor().equals(id), "mergedInto", "a case cannot be merged into itself"));
    ValidationException.check(
        !updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt + " but was " + updatedAt);
  }

  private static Optional<String> optionalText(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> ValidationException.check(!v.isBlank(), field, "must not be blank when present"));
    return value.map(String::strip);
  }

  /** Starts a new case (version 0) in status {@link CaseLifecycle#NEW}, priority normal, channel e-mail. */
  public static Builder builder(CaseId id, TenantId tenantId) {
    return new Builder(id, tenantId);
  }

  /** A builder holding this case's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, tenantId);
    b.version = version;
    b.subject = subject;
    b.description = description;
    b.statusHistory = statusHistory;
    b.priority = priority;
    b.caseType = caseType.orElse(null);
    b.product = product.orElse(null);
    b.channel = channel;
    b.contact = contact.orElse(null);
    b.account = account.orElse(null);
    b.owner = owner.orElse(null);
    b.parent = parent.orElse(null);
    b.comments = new ArrayList<>(comments);
    b.customFields = customFields;
    b.threadKeys = new LinkedHashSet<>(threadKeys);
    b.mergedCases = new ArrayList<>(mergedCases);
    b.mergedInto = mergedInto.orElse(null);
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  /** The current status, a state of the tenant's {@link CaseLifecycle}. */
  public String status() {
    return statusHistory.current();
  }

  /**
   * Every status change, oldest first: the start entry, then one {@link StateChange} per move with its
   * instant, from, event and to. The same as {@code statusHistory().changes()}.
   */
  public List<StateChange> statusChanges() {
    return statusHistory.changes();
  }

  /** Whether the case was merged into another (and is therefore read-only). */
  public boolean isMerged() {
    return mergedInto.isPresent();
  }

  /** The public replies, oldest first. */
  public List<CaseComment> publicReplies() {
    return comments.stream().filter(CaseComment::isPublic).toList();
  }

  /** The internal notes, oldest first. */
  public List<CaseComment> internalNotes() {
    return comments.stream().filter(c -> !c.isPublic()).toList();
  }

  /** This case as a record reference, {@code service_case:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  @Override
  public Case withVersion(long version) {
    return new Case(
        id, tenantId, version, subject, description, statusHistory, priority, caseType, product, channel, contact, account,
        owner, parent, comments, customFields, threadKeys, mergedCases, mergedInto, createdAt, updatedAt);
  }

  public Case withSubject(String value) {
    return toBuilder().subject(value).build();
  }

  public Case withDescription(String value) {
    return toBuilder().description(value).build();
  }

  public Case withPriority(CasePriority value) {
    return toBuilder().priority(value).build();
  }

  public Case withCaseType(String value) {
    return toBuilder().caseType(value).build();
  }

  public Case withProduct(String value) {
    return toBuilder().product(value).build();
  }

  public Case withContact(ContactId value) {
    return toBuilder().contact(value).build();
  }

  public Case withAccount(AccountId value) {
    return toBuilder().account(value).build();
  }

  /** This case owned by a user or queued for a team. */
  public Case withOwner(Owner value) {
    return toBuilder().owner(value).build();
  }

  public Case withCustomFields(CustomFields value) {
    return toBuilder().customFields(value).build();
  }

  /** This case marked as changed at {@code value}. */
  public Case withUpdatedAt(Instant value) {
    return toBuilder().updatedAt(value).build();
  }

  Case withStatusChange(Decision.Accepted decision, Instant at) {
    return toBuilder().statusHistory(statusHistory.record(decision, at)).updatedAt(later(updatedAt, at)).build();
  }

  Case withComment(CaseComment comment, Collection<String> newThreadKeys) {
    Builder b = toBuilder().comment(comment).updatedAt(later(updatedAt, comment.at()));
    newThreadKeys.forEach(b::threadKey);
    return b.build();
  }

  Case withParent(@Nullable CaseId value, Instant at) {
    Builder b = toBuilder().updatedAt(later(updatedAt, at));
    b.parent = value;
    return b.build();
  }

  static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Builds a {@link Case}; {@link #build()} validates. Defaults: empty description, status {@link
   * CaseLifecycle#NEW} since {@code createdAt}, priority {@link CasePriority#NORMAL}, channel {@link
   * CaseChannel#EMAIL}, no type, product, contact, account, owner, parent, comments, custom fields or
   * thread keys, version 0.
   */
  public static final class Builder {
    private final CaseId id;
    private final TenantId tenantId;
    private long version;
    private @Nullable String subject;
    private String description = "";
    private @Nullable StateHistory statusHistory;
    private CasePriority priority = CasePriority.NORMAL;
    private @Nullable String caseType;
    private @Nullable String product;
    private CaseChannel channel = CaseChannel.EMAIL;
    private @Nullable ContactId contact;
    private @Nullable AccountId account;
    private @Nullable Owner owner;
    private @Nullable CaseId parent;
    private List<CaseComment> comments = new ArrayList<>();
    private CustomFields customFields = CustomFields.empty();
    private Set<String> threadKeys = new LinkedHashSet<>();
    private List<MergedCase> mergedCases = new ArrayList<>();
    private @Nullable CaseMerged mergedInto;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(CaseId id, TenantId tenantId) {
      this.id = Objects.requireNonNull(id, "id");
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public Builder version(long value) {
      this.version = value;
      return this;
    }

    public Builder subject(String value) {
      this.subject = Objects.requireNonNull(value, "subject");
      return this;
    }

    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /** The status history; without it the case starts in {@link CaseLifecycle#NEW} at {@code createdAt}. */
    public Builder statusHistory(StateHistory value) {
      this.statusHistory = Objects.requireNonNull(value, "statusHistory");
      return this;
    }

    public Builder priority(CasePriority value) {
      this.priority = Objects.requireNonNull(value, "priority");
      return this;
    }

    /** The case type, e.g. {@code question}, {@code incident}, {@code problem}. */
    public Builder caseType(String value) {
      this.caseType = Objects.requireNonNull(value, "caseType");
      return this;
    }

    public Builder product(String value) {
      this.product = Objects.requireNonNull(value, "product");
      return this;
    }

    public Builder channel(CaseChannel value) {
      this.channel = Objects.requireNonNull(value, "channel");
      return this;
    }

    public Builder contact(ContactId value) {
      this.contact = Objects.requireNonNull(value, "contact");
      return this;
    }

    public Builder account(AccountId value) {
      this.account = Objects.requireNonNull(value, "account");
      return this;
    }

    /** The owning user, or the queue as a team: {@code Owner.team("tier-1")}. */
    public Builder owner(Owner value) {
      this.owner = Objects.requireNonNull(value, "owner");
      return this;
    }

    /** The parent case; stored parents are linked through {@link CaseService#linkParent} (no cycles). */
    public Builder parent(CaseId value) {
      this.parent = Objects.requireNonNull(value, "parent");
      return this;
    }

    public Builder comment(CaseComment value) {
      this.comments.add(Objects.requireNonNull(value, "comment"));
      return this;
    }

    public Builder comments(List<CaseComment> value) {
      this.comments = new ArrayList<>(value);
      return this;
    }

    public Builder customFields(CustomFields value) {
      this.customFields = Objects.requireNonNull(value, "customFields");
      return this;
    }

    /** A message id of the case's conversation (an e-mail Message-ID), for threading replies. */
    public Builder threadKey(String value) {
      this.threadKeys.add(Objects.requireNonNull(value, "threadKey"));
      return this;
    }

    public Builder mergedCases(List<MergedCase> value) {
      this.mergedCases = new ArrayList<>(value);
      return this;
    }

    public Builder mergedInto(CaseMerged value) {
      this.mergedInto = Objects.requireNonNull(value, "mergedInto");
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    public Builder updatedAt(Instant value) {
      this.updatedAt = Objects.requireNonNull(value, "updatedAt");
      return this;
    }

    /** Sets both timestamps to {@code clock}'s current instant (a new case). */
    public Builder timestamps(Clock clock) {
      Instant now = clock.instant();
      this.createdAt = now;
      this.updatedAt = now;
      return this;
    }

    /**
     * The case.
     *
     * @throws NullPointerException naming a missing subject or timestamp
     * @throws ValidationException if a value breaks a rule of {@link Case}
     */
    public Case build() {
      Instant created = Objects.requireNonNull(createdAt, "createdAt");
      StateHistory history = statusHistory != null ? statusHistory : StateHistory.start(CaseLifecycle.NEW, created);
      return new Case(
          id, tenantId, version, Objects.requireNonNull(subject, "subject"), description, history, priority,
          Optional.ofNullable(caseType), Optional.ofNullable(product), channel, Optional.ofNullable(contact),
          Optional.ofNullable(account), Optional.ofNullable(owner), Optional.ofNullable(parent), comments, customFields,
          threadKeys, mergedCases, Optional.ofNullable(mergedInto), created, Objects.requireNonNull(updatedAt, "updatedAt"));
    }
  }
}
