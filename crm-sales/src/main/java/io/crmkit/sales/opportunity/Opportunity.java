package io.crmkit.sales.opportunity;

import static io.crmkit.sales.opportunity.OpportunityFields.*;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.EntityType;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.RequiredField;
import io.crmkit.sales.pipeline.Stage;
import io.crmkit.sales.pipeline.StageCandidate;
import io.crmkit.sales.product.LineItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A deal being worked: an account, an owner, a pipeline and the stage it is in, an amount in one currency
 * (the sum of its line items' totals when it has line items, otherwise set directly), a close date, the
 * probability and forecast category it took from its stage (or that its owner set), competitors, a next
 * step, contact roles, its stage history, once closed, why it was won or lost, and the partner account it is
 * shared with, if a partner brought or works it.
 *
 * <pre>{@code
 * Opportunity deal = Opportunity.builder(ids.next(OpportunityId::new), tenant)
 *     .name("Acme renewal 2026").account(acme.id()).owner(Owner.user("u-1"))
 *     .closeDate(LocalDate.parse("2026-06-30")).amount(Money.of("12000", "EUR"))
 *     .startIn(Pipelines.standardSales(), clock.instant())
 *     .build();
 * }</pre>
 *
 * <p>Stage changes go through {@link OpportunityStages}, which checks the pipeline's guards and keeps the
 * stage history. Invariants: the stage history ends in {@link #stage()} and its entered-at instants strictly
 * increase; the amount and every line item are in {@link #currency()}; with line items the amount is the sum
 * of their totals; the probability is a percentage from 0 to 100; the status and forecast category agree
 * (won is closed, lost is omitted, open is never closed); at most one primary contact role and one role per
 * contact; competitors are unique ignoring case; a close reason only on a closed opportunity.
 */
public record Opportunity(
    OpportunityId id,
    TenantId tenantId,
    long version,
    String name,
    AccountId account,
    Owner owner,
    Optional<AccountId> partner,
    String pipeline,
    String stage,
    OpportunityStatus status,
    Currency currency,
    Money amount,
    List<LineItem> lineItems,
    LocalDate closeDate,
    int probability,
    ForecastCategory forecastCategory,
    List<String> competitors,
    Optional<String> nextStep,
    List<ContactRole> contactRoles,
    StateHistory stageHistory,
    Optional<String> closeReason,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<OpportunityId>, StageCandidate {

  /** The entity type name, used in {@link RecordRef}s: {@code RecordRef.of(Opportunity.TYPE_NAME, id)}. */
  public static final String TYPE_NAME = "opportunity";

  /** Describes opportunities to the stores; fields in {@link OpportunityFields}. */
  public static final EntityType<Opportunity, OpportunityId> TYPE =
      EntityType.builder(TYPE_NAME, Opportunity.class, OpportunityId::new)
          .field(ACCOUNT_ID, o -> o.account().value())
          .field(OWNER, o -> o.owner().toString())
          .optionalField(PARTNER, o -> o.partner().map(AccountId::value))
          .field(PIPELINE, Opportunity::pipeline)
          .field(STAGE, Opportunity::stage)
          .field(STATUS, o -> o.status().name())
          .field(FORECAST_CATEGORY, o -> o.forecastCategory().name())
          .field(CLOSE_DATE, Opportunity::closeDate)
          .field(AMOUNT, o -> o.amount().amount())
          .field(CURRENCY, o -> o.currency().getCurrencyCode())
          .multiField(CONTACT_ID, o -> o.contactRoles().stream().map(r -> r.contact().value()).toList())
          .field(CREATED_AT, Opportunity::createdAt)
          .field(UPDATED_AT, Opportunity::updatedAt)
          .index(ACCOUNT_ID, OWNER, PARTNER, PIPELINE, STAGE, STATUS, FORECAST_CATEGORY, CURRENCY, CONTACT_ID)
          .build();

  /** The longest name, next step, competitor or close reason accepted. */
  public static final int MAX_TEXT = 255;

  public Opportunity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(forecastCategory, "forecastCategory");
    Objects.requireNonNull(nextStep, "nextStep");
    Objects.requireNonNull(stageHistory, "stageHistory");
    Objects.requireNonNull(closeReason, "closeReason");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    lineItems = List.copyOf(lineItems);
    competitors = List.copyOf(competitors);
    contactRoles = List.copyOf(contactRoles);
    text(name, "name");
    nextStep.ifPresent(s -> text(s, "nextStep"));
    closeReason.ifPresent(s -> text(s, "closeReason"));
    ValidationException.check(
        amount.currency().equals(currency), "amount", "must be in the opportunity's currency " + currency + " but was " + amount);
    ValidationException.check(amount.isRounded(), "amount", "must not have more decimals than " + currency + " uses but was " + amount);
    ValidationException.check(!amount.isNegative(), "amount", "must not be negative but was " + amount);
    if (!lineItems.isEmpty()) {
      Money total = Money.zero(currency);
      for (int i = 0; i < lineItems.size(); i++) {
        LineItem line = lineItems.get(i);
        ValidationException.check(
            line.currency().equals(currency),
            "lineItems[" + i + "]",
            "must be in the opportunity's currency " + currency + " but was " + line.currency());
        total = total.plus(line.total());
      }
      ValidationException.check(
          total.equals(amount), "amount", "must be the sum of the line items' totals, " + total + ", but was " + amount);
    }
    ValidationException.check(probability >= 0 && probability <= 100, "probability", "must be a percentage from 0 to 100 but was " + probability);
    switch (status) {
      case WON -> ValidationException.check(
          forecastCategory == ForecastCategory.CLOSED, "forecastCategory", "a won opportunity forecasts as CLOSED but was " + forecastCategory);
      case LOST -> ValidationException.check(
          forecastCategory == ForecastCategory.OMITTED, "forecastCategory", "a lost opportunity forecasts as OMITTED but was " + forecastCategory);
      case OPEN -> ValidationException.check(
          forecastCategory != ForecastCategory.CLOSED, "forecastCategory", "an open opportunity cannot forecast as CLOSED");
    }
    ValidationException.check(
        closeReason.isEmpty() || status.isClosed(), "closeReason", "only a closed opportunity has a won or lost reason");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < competitors.size(); i++) {
      String c = competitors.get(i);
      text(c, "competitors[" + i + "]");
      ValidationException.check(seen.add(c.strip().toLowerCase(Locale.ROOT)), "competitors", "'" + c + "' is listed twice");
    }
    Set<ContactId> contacts = new HashSet<>();
    int primaries = 0;
    for (ContactRole r : contactRoles) {
      ValidationException.check(contacts.add(r.contact()), "contactRoles", "contact " + r.contact() + " has two roles");
      primaries += r.primary() ? 1 : 0;
    }
    ValidationException.check(primaries <= 1, "contactRoles", "at most one contact role is primary but " + primaries + " are");
    ValidationException.check(
        stageHistory.current().equals(stage),
        "stageHistory",
        "must end in the current stage '" + stage + "' but ends in '" + stageHistory.current() + "'");
    List<StateChange> changes = stageHistory.changes();
    for (int i = 1; i < changes.size(); i++) {
      ValidationException.check(
          changes.get(i).at().isAfter(changes.get(i - 1).at()),
          "stageHistory[" + i + "]",
          "entered at " + changes.get(i).at() + ", not after the previous stage's " + changes.get(i - 1).at());
    }
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt + " but was " + updatedAt);
  }

  private static void text(String value, String field) {
    ValidationException.check(
        !value.isBlank() && value.length() <= MAX_TEXT, field, "must have 1 to " + MAX_TEXT + " characters and not be blank");
    ValidationException.check(
        value.indexOf('\n') < 0 && value.indexOf('\r') < 0, field, "must be a single line");
  }

  /** Starts a new opportunity (version 0); name, account, owner, close date and a stage are required. */
  public static Builder builder(OpportunityId id, TenantId tenantId) {
    return new Builder(id, tenantId);
  }

  /** A builder holding this opportunity's values, to change several at once. */
  public Builder toBuilder() {
    Builder b = new Builder(id, tenantId);
    b.version = version;
    b.name = name;
    b.account = account;
    b.owner = owner;
    b.partner = partner.orElse(null);
    b.pipeline = pipeline;
    b.stage = stage;
    b.status = status;
    b.currency = currency;
    b.amount = amount;
    b.lineItems.addAll(lineItems);
    b.closeDate = closeDate;
    b.probability = probability;
    b.forecastCategory = forecastCategory;
    b.competitors.addAll(competitors);
    b.nextStep = nextStep.orElse(null);
    b.contactRoles.addAll(contactRoles);
    b.stageHistory = stageHistory;
    b.closeReason = closeReason.orElse(null);
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  /** This opportunity as a record reference, {@code opportunity:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  /** Whether {@code field} has a value: what the pipeline's stage guards ask. */
  @Override
  public boolean has(RequiredField field) {
    return switch (field) {
      case AMOUNT -> !amount.isZero();
      case LINE_ITEMS -> !lineItems.isEmpty();
      case NEXT_STEP -> nextStep.isPresent();
      case PRIMARY_CONTACT -> primaryContact().isPresent();
      case COMPETITORS -> !competitors.isEmpty();
      case CLOSE_REASON -> closeReason.isPresent();
    };
  }

  /** The contact of the primary contact role, if there is one. */
  public Optional<ContactId> primaryContact() {
    return contactRoles.stream().filter(ContactRole::primary).map(ContactRole::contact).findFirst();
  }

  /** {@code probability × amount}, exact (not rounded), in the opportunity's currency: Salesforce's expected revenue. */
  public Money expectedRevenue() {
    return amount.times(java.math.BigDecimal.valueOf(probability, 2));
  }

  /** When the opportunity entered its current stage. */
  public Instant stageEnteredAt() {
    return stageHistory.enteredAt();
  }

  /** When it closed (entered its won or lost stage); empty while open. */
  public Optional<Instant> closedAt() {
    return status.isClosed() ? Optional.of(stageHistory.enteredAt()) : Optional.empty();
  }

  /** The time spent in each stage so far, up to {@code now}, in order of first entry. */
  public Map<String, Duration> timeInStages(Instant now) {
    return stageHistory.timeInStates(now);
  }

  @Override
  public Opportunity withVersion(long version) {
    return new Opportunity(
        id, tenantId, version, name, account, owner, partner, pipeline, stage, status, currency, amount, lineItems, closeDate,
        probability, forecastCategory, competitors, nextStep, contactRoles, stageHistory, closeReason, createdAt, updatedAt);
  }

  public Opportunity withName(String value) {
    return toBuilder().name(value).build();
  }

  public Opportunity withOwner(Owner value) {
    return toBuilder().owner(value).build();
  }

  /** This opportunity shared with the partner whose account is {@code value} (the {@code partner} field). */
  public Opportunity withPartner(AccountId value) {
    return toBuilder().partner(value).build();
  }

  /** This opportunity no longer shared with a partner. */
  public Opportunity withoutPartner() {
    return toBuilder().noPartner().build();
  }

  public Opportunity withCloseDate(LocalDate value) {
    return toBuilder().closeDate(value).build();
  }

  /**
   * This opportunity with {@code value} as its amount.
   *
   * @throws ValidationException if it has line items (their totals make the amount) or the currency differs
   */
  public Opportunity withAmount(Money value) {
    ValidationException.check(lineItems.isEmpty(), "amount", "comes from the line items' totals while the opportunity has line items");
    return toBuilder().amount(value).build();
  }

  /** This opportunity with exactly {@code value} as line items; the amount becomes their total (zero when none). */
  public Opportunity withLineItems(List<LineItem> value) {
    Builder b = toBuilder().lineItems(value);
    b.amount = null;
    return b.build();
  }

  /** This opportunity with {@code line} added; the amount becomes the new total. */
  public Opportunity withLineItem(LineItem line) {
    List<LineItem> next = new ArrayList<>(lineItems);
    next.add(Objects.requireNonNull(line, "line"));
    return withLineItems(next);
  }

  /** This opportunity with an owner-set probability (the stage default until the next stage change). */
  public Opportunity withProbability(int value) {
    return toBuilder().probability(value).build();
  }

  /** This opportunity with an owner-set forecast category (the stage's until the next stage change). */
  public Opportunity withForecastCategory(ForecastCategory value) {
    return toBuilder().forecastCategory(value).build();
  }

  public Opportunity withNextStep(String value) {
    return toBuilder().nextStep(value).build();
  }

  public Opportunity withoutNextStep() {
    return toBuilder().noNextStep().build();
  }

  public Opportunity withCompetitors(List<String> value) {
    return toBuilder().competitors(value).build();
  }

  /** This opportunity with {@code role}, replacing a role of the same contact; a new primary demotes the old one. */
  public Opportunity withContactRole(ContactRole role) {
    Objects.requireNonNull(role, "role");
    List<ContactRole> next = new ArrayList<>();
    for (ContactRole r : contactRoles) {
      if (!r.contact().equals(role.contact())) {
        next.add(role.primary() && r.primary() ? r.withPrimary(false) : r);
      }
    }
    next.add(role);
    return toBuilder().contactRoles(next).build();
  }

  /** This opportunity marked as changed at {@code value} (from the caller's clock). */
  public Opportunity withUpdatedAt(Instant value) {
    return toBuilder().updatedAt(value).build();
  }

  /**
   * Builds an {@link Opportunity}; {@link #build()} validates. Start a new one in a pipeline with {@link
   * #startIn}; the amount defaults to the line items' total, or zero in {@link #currency} when there are none.
   */
  public static final class Builder {
    private final OpportunityId id;
    private final TenantId tenantId;
    private long version;
    private @Nullable String name;
    private @Nullable AccountId account;
    private @Nullable Owner owner;
    private @Nullable AccountId partner;
    private @Nullable String pipeline;
    private @Nullable String stage;
    private OpportunityStatus status = OpportunityStatus.OPEN;
    private @Nullable Currency currency;
    private @Nullable Money amount;
    private final List<LineItem> lineItems = new ArrayList<>();
    private @Nullable LocalDate closeDate;
    private int probability;
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    private final List<String> competitors = new ArrayList<>();
    private @Nullable String nextStep;
    private final List<ContactRole> contactRoles = new ArrayList<>();
    private @Nullable StateHistory stageHistory;
    private @Nullable String closeReason;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(OpportunityId id, TenantId tenantId) {
      this.id = Objects.requireNonNull(id, "id");
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    /**
     * Places a new opportunity in {@code pipeline}'s first stage at {@code at}: stage, status, probability and
     * forecast category from that stage, a stage history starting then, and both timestamps {@code at}.
     */
    public Builder startIn(Pipeline pipeline, Instant at) {
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(at, "at");
      Stage first = pipeline.initialStage();
      this.pipeline = pipeline.name();
      this.stage = first.key();
      this.status = OpportunityStatus.OPEN;
      this.probability = first.defaultProbability();
      this.forecastCategory = first.forecastCategory();
      this.stageHistory = StateHistory.start(first.key(), at);
      this.createdAt = at;
      this.updatedAt = at;
      return this;
    }

    public Builder version(long value) {
      this.version = value;
      return this;
    }

    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    public Builder account(AccountId value) {
      this.account = Objects.requireNonNull(value, "account");
      return this;
    }

    public Builder owner(Owner value) {
      this.owner = Objects.requireNonNull(value, "owner");
      return this;
    }

    /** The partner account the deal is shared with (the partner's {@code Account} id). */
    public Builder partner(AccountId value) {
      this.partner = Objects.requireNonNull(value, "partner");
      return this;
    }

    /** Not shared with a partner (the default). */
    public Builder noPartner() {
      this.partner = null;
      return this;
    }

    /** The pipeline's name and the current stage key (for loading; new ones use {@link #startIn}). */
    public Builder stage(String pipelineName, String stageKey, OpportunityStatus value) {
      this.pipeline = Objects.requireNonNull(pipelineName, "pipeline");
      this.stage = Objects.requireNonNull(stageKey, "stage");
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /** The currency; taken from the amount or the line items when not set. */
    public Builder currency(Currency value) {
      this.currency = Objects.requireNonNull(value, "currency");
      return this;
    }

    /** The amount when there are no line items (with line items it must equal their total). */
    public Builder amount(Money value) {
      this.amount = Objects.requireNonNull(value, "amount");
      return this;
    }

    public Builder lineItem(LineItem value) {
      lineItems.add(Objects.requireNonNull(value, "lineItem"));
      return this;
    }

    /** Replaces all line items. */
    public Builder lineItems(List<LineItem> value) {
      lineItems.clear();
      value.forEach(this::lineItem);
      return this;
    }

    public Builder closeDate(LocalDate value) {
      this.closeDate = Objects.requireNonNull(value, "closeDate");
      return this;
    }

    public Builder probability(int value) {
      this.probability = value;
      return this;
    }

    public Builder forecastCategory(ForecastCategory value) {
      this.forecastCategory = Objects.requireNonNull(value, "forecastCategory");
      return this;
    }

    public Builder competitor(String value) {
      competitors.add(Objects.requireNonNull(value, "competitor"));
      return this;
    }

    /** Replaces all competitors. */
    public Builder competitors(List<String> value) {
      competitors.clear();
      value.forEach(this::competitor);
      return this;
    }

    public Builder nextStep(String value) {
      this.nextStep = Objects.requireNonNull(value, "nextStep");
      return this;
    }

    /** No next step (the default). */
    public Builder noNextStep() {
      this.nextStep = null;
      return this;
    }

    public Builder contactRole(ContactRole value) {
      contactRoles.add(Objects.requireNonNull(value, "contactRole"));
      return this;
    }

    /** Replaces all contact roles. */
    public Builder contactRoles(List<ContactRole> value) {
      contactRoles.clear();
      value.forEach(this::contactRole);
      return this;
    }

    public Builder stageHistory(StateHistory value) {
      this.stageHistory = Objects.requireNonNull(value, "stageHistory");
      return this;
    }

    public Builder closeReason(String value) {
      this.closeReason = Objects.requireNonNull(value, "closeReason");
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

    /**
     * The opportunity.
     *
     * @throws NullPointerException naming a missing name, account, owner, close date, stage (call {@link
     *     #startIn}) or currency (give an amount, a line item or {@link #currency})
     * @throws ValidationException if a value breaks a rule of {@link Opportunity}
     */
    public Opportunity build() {
      Currency cur = currency;
      if (cur == null) {
        cur = amount != null ? amount.currency() : lineItems.isEmpty() ? null : lineItems.get(0).currency();
      }
      Objects.requireNonNull(cur, "currency");
      Money amt = amount;
      if (!lineItems.isEmpty()) {
        Money total = Money.zero(cur);
        for (LineItem line : lineItems) {
          ValidationException.check(
              line.currency().equals(cur), "lineItems", "must be in the opportunity's currency " + cur + " but one is in " + line.currency());
          total = total.plus(line.total());
        }
        if (amt != null) {
          ValidationException.check(
              amt.equals(total), "amount", "comes from the line items' totals (" + total + ") but " + amt + " was given");
        }
        amt = total;
      } else if (amt == null) {
        amt = Money.zero(cur);
      }
      return new Opportunity(
          id,
          tenantId,
          version,
          Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(account, "account"),
          Objects.requireNonNull(owner, "owner"),
          Optional.ofNullable(partner),
          Objects.requireNonNull(pipeline, "pipeline"),
          Objects.requireNonNull(stage, "stage"),
          status,
          cur,
          amt,
          lineItems,
          Objects.requireNonNull(closeDate, "closeDate"),
          probability,
          forecastCategory,
          competitors,
          Optional.ofNullable(nextStep),
          contactRoles,
          Objects.requireNonNull(stageHistory, "stageHistory"),
          Optional.ofNullable(closeReason),
          Objects.requireNonNull(createdAt, "createdAt"),
          Objects.requireNonNull(updatedAt, "updatedAt"));
    }
  }
}
