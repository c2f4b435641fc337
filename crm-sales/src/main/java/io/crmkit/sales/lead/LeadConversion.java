package io.crmkit.sales.lead;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activities;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Converts a lead into an account, a contact and optionally an opportunity, with Salesforce's semantics, in
 * one transaction of the tenant store:
 *
 * <ol>
 *   <li>the lead must be at the expected version, not converted, and its lifecycle must accept {@link
 *       LeadLifecycle#CONVERT} in its status;
 *   <li>the account and contact are the ones the request names, or the {@link ConversionMatcher}'s best
 *       matches, or new records made from the lead ({@link PartyChoice}); a matched contact that belongs to
 *       another account than the chosen one is not reused; a reused record gets the lead's values only for
 *       the fields it lacks, and a contact without an account is attached to the account;
 *   <li>every activity linked to the lead is linked to the contact and the account instead, and the open
 *       ones are re-owned to the converting user;
 *   <li>the {@link ConversionParticipant}s run in order; one of them creates the opportunity when the request
 *       asks for one;
 *   <li>the lead moves to {@link LeadLifecycle#CONVERTED} with its {@link ConversionInfo}, its lifecycle stage
 *       moves forward to at least {@link LifecycleStage#SALES_QUALIFIED_LEAD} ({@link LifecycleStage#OPPORTUNITY}
 *       with an opportunity), and it is read-only from then on.
 * </ol>
 *
 * <p>Any failure — a stale version, a refused transition, a participant's exception — undoes every write and
 * propagates; the store is exactly as before. After the commit, {@link LeadConverted} is published.
 *
 * <pre>{@code
 * LeadConversion conversion = LeadConversion.builder(tenantStore, clock, ids).participant(opportunities).build();
 * ConversionResult done = conversion.convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
 * }</pre>
 */
public final class LeadConversion {
  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final LeadLifecycle lifecycle;
  private final ConversionMatcher matcher;
  private final List<ConversionParticipant> participants;
  private final EventPublisher publisher;

  private LeadConversion(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.ids = b.ids;
    this.lifecycle = b.lifecycles.forTenant(b.store.tenantId());
    this.matcher = b.matcher;
    this.participants = List.copyOf(b.participants);
    this.publisher = b.publisher;
  }

  /** Starts a configuration; see {@link Builder} for the defaults. */
  public static Builder builder(TenantStore store, Clock clock, IdGenerator ids) {
    return new Builder(store, clock, ids);
  }

  /**
   * Converts the lead as {@code request} asks, all or nothing.
   *
   * @throws NotFoundException if the lead, or an account or contact the request names, does not exist
   * @throws LeadReadOnlyException if the lead is already converted
   * @throws ConcurrencyConflictException if the lead is not at {@code request.expectedVersion()}
   * @throws IllegalTransitionException if the lead's lifecycle does not allow converting it now
   * @throws ValidationException if a named contact belongs to another account than the chosen one, or an
   *     opportunity was asked for and no participant created one (or one was created unasked)
   */
  public ConversionResult convert(ConversionRequest request) {
    Objects.requireNonNull(request, "request");
    ConversionResult result = store.transactions().inTransaction(() -> convertInTransaction(request));
    matcher.converted(result.account(), result.contact());
    publisher.publish(result.event());
    return result;
  }

  private ConversionResult convertInTransaction(ConversionRequest request) {
    Repository<Lead, LeadId> leads = store.repository(Lead.TYPE);
    Repository<Account, AccountId> accounts = store.repository(Account.TYPE);
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    Lead lead = leads.get(request.lead());
    if (lead.isConverted()) {
      throw new LeadReadOnlyException(lead.id(), lead.conversion().orElseThrow(), "convert it again");
    }
    if (lead.version() != request.expectedVersion()) {
      throw new ConcurrencyConflictException(Lead.TYPE_NAME, lead.id().value(), request.expectedVersion(), lead.version());
    }
    Decision.Accepted decision = lifecycle.machine().fireOrThrow(lead.status(), LeadLifecycle.CONVERT, lead);
    Instant at = later(clock.instant(), lead.statusHistory().enteredAt());
    Owner owner = request.recordOwner().orElse(lead.owner());

    // the contact the caller named, first: its account decides a matched account
    Optional<Contact> namedContact = request.contact() instanceof PartyChoice.Existing<ContactId> e
        ? Optional.of(contacts.get(e.id()))
        : Optional.empty();

    Optional<PartyMatch<AccountId>> accountMatch = Optional.empty();
    Account account;
    PartyResolution accountResolution;
    if (request.account() instanceof PartyChoice.Existing<AccountId> e) {
      account = accounts.get(e.id());
      accountResolution = PartyResolution.NAMED;
      namedContact.ifPresent(c -> requireAttachable(c, e.id()));
    } else if (request.account() instanceof PartyChoice.CreateNew<AccountId>) {
      namedContact.ifPresent(c -> c.account().ifPresent(a -> {
        throw new ValidationException("contact", "contact " + c.id() + " belongs to account " + a
            + "; convert into that account rather than a new one");
      }));
      account = accounts.insert(PartyFill.newAccount(lead, ids.next(AccountId::new), owner, at));
      accountResolution = PartyResolution.CREATED;
    } else if (namedContact.flatMap(Contact::account).isPresent()) {
      account = accounts.get(namedContact.get().account().get());
      accountResolution = PartyResolution.CONTACTS_ACCOUNT;
    } else {
      accountMatch = matcher.account(store, lead);
      Optional<Account> found = accountMatch.flatMap(m -> accounts.find(m.id()));
      if (found.isPresent()) {
        account = found.get();
        accountResolution = PartyResolution.MATCHED;
      } else {
        accountMatch = Optional.empty();
        account = accounts.insert(PartyFill.newAccount(lead, ids.next(AccountId::new), owner, at));
        accountResolution = PartyResolution.CREATED;
      }
    }
    if (accountResolution != PartyResolution.CREATED) {
      Account filled = PartyFill.fill(account, lead, at);
      if (filled != account) {
        account = accounts.update(filled);
      }
    }
    AccountId accountId = account.id();

    Optional<PartyMatch<ContactId>> contactMatch = Optional.empty();
    Contact contact;
    PartyResolution contactResolution;
    if (namedContact.isPresent()) {
      contact = namedContact.get();
      contactResolution = PartyResolution.NAMED;
    } else if (request.contact() instanceof PartyChoice.CreateNew<ContactId>) {
      contact = contacts.insert(PartyFill.newContact(lead, ids.next(ContactId::new), accountId, owner, at));
      contactResolution = PartyResolution.CREATED;
    } else {
      contactMatch = matcher.contact(store, lead, accountResolution == PartyResolution.CREATED
          ? Optional.empty() : Optional.of(accountId));
      Optional<Contact> found = contactMatch.flatMap(m -> contacts.find(m.id()))
          .filter(c -> c.account().isEmpty() || c.account().get().equals(accountId));
      if (found.isPresent()) {
        contact = found.get();
        contactResolution = PartyResolution.MATCHED;
      } else {
        contactMatch = Optional.empty();
        contact = contacts.insert(PartyFill.newContact(lead, ids.next(ContactId::new), accountId, owner, at));
        contactResolution = PartyResolution.CREATED;
      }
    }
    if (contactResolution != PartyResolution.CREATED) {
      Contact filled = PartyFill.fill(contact, lead, accountId, at);
      if (filled != contact) {
        contact = contacts.update(filled);
      }
    }

    List<Activity> moved = moveActivities(lead, contact.ref(), account.ref(), Owner.user(request.convertedBy()), at);

    ConversionContext context = new ConversionContext(store, lead, request, account, contact, at, owner, ids);
    Map<String, List<RecordRef>> contributions = new LinkedHashMap<>();
    Optional<OpportunityId> opportunity = Optional.empty();
    for (ConversionParticipant p : participants) {
      ConversionContribution c = Objects.requireNonNull(p.participate(context), () -> "participant " + p.name() + " returned null");
      if (c.opportunity().isPresent()) {
        ValidationException.check(
            request.wantsOpportunity(), "opportunity", "participant '" + p.name() + "' created an opportunity that was not asked for");
        ValidationException.check(
            opportunity.isEmpty(), "opportunity", "participant '" + p.name() + "' created a second opportunity (" + c.opportunity().get()
                + " after " + opportunity.map(OpportunityId::value).orElse("") + ")");
        opportunity = c.opportunity();
      }
      contributions.put(p.name(), c.records());
    }
    ValidationException.check(
        !request.wantsOpportunity() || opportunity.isPresent(),
        "opportunity",
        "an opportunity was asked for but no ConversionParticipant created one (register the opportunities participant)");

    ConversionInfo info = new ConversionInfo(at, request.convertedBy(), accountId, contact.id(), opportunity);
    LifecycleStage stage = opportunity.isPresent() ? LifecycleStage.OPPORTUNITY : LifecycleStage.SALES_QUALIFIED_LEAD;
    Lead converted = leads.update(lead.converted(decision, info, stage));

    LeadConverted event = new LeadConverted(
        lead.tenantId(), lead.id(), accountId, accountResolution, contact.id(), contactResolution, opportunity,
        moved.stream().map(Activity::id).toList(), contributions, request.convertedBy(), at);
    return new ConversionResult(converted, account, contact, accountMatch, contactMatch, moved, event);
  }

  private static void requireAttachable(Contact contact, AccountId account) {
    contact.account().filter(a -> !a.equals(account)).ifPresent(a -> {
      throw new ValidationException(
          "contact", "contact " + contact.id() + " belongs to account " + a + ", not to the chosen account " + account);
    });
  }

  /** Re-links every activity of the lead to the contact and the account; open ones go to {@code converter}. */
  private List<Activity> moveActivities(Lead lead, RecordRef contact, RecordRef account, Owner converter, Instant at) {
    Repository<Activity, ActivityId> activities = store.repository(Activity.TYPE);
    RecordRef leadRef = lead.ref();
    List<Activity> moved = new ArrayList<>();
    for (Activity a : activities.query(Query.where(Activities.linkedToAny(Set.of(leadRef))).orderBy(Sort.byId()))) {
      Set<RecordRef> links = new LinkedHashSet<>();
      for (RecordRef l : a.links()) {
        if (l.equals(leadRef)) {
          links.add(contact);
          links.add(account);
        } else {
          links.add(l);
        }
      }
      Activity next = a.relink(List.copyOf(links), at);
      if (next.isOpen()) {
        next = next.withOwner(converter);
      }
      moved.add(activities.update(next));
    }
    return List.copyOf(moved);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Configures a {@link LeadConversion}. Defaults: {@link LeadLifecycles#standard()}, {@link
   * ConversionMatchers#rules()}, no participants, events discarded.
   */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private LeadLifecycles lifecycles = LeadLifecycles.standard();
    private ConversionMatcher matcher = ConversionMatchers.rules();
    private final List<ConversionParticipant> participants = new ArrayList<>();
    private EventPublisher publisher = EventPublisher.discarding();
    private final Set<String> names = new HashSet<>();

    private Builder(TenantStore store, Clock clock, IdGenerator ids) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.ids = Objects.requireNonNull(ids, "ids");
    }

    public Builder lifecycles(LeadLifecycles value) {
      this.lifecycles = Objects.requireNonNull(value, "lifecycles");
      return this;
    }

    /** The lifecycle of this store's tenant. */
    public Builder lifecycle(LeadLifecycle value) {
      this.lifecycles = LeadLifecycles.of(Objects.requireNonNull(value, "lifecycle"));
      return this;
    }

    public Builder matcher(ConversionMatcher value) {
      this.matcher = Objects.requireNonNull(value, "matcher");
      return this;
    }

    /**
     * Adds a participant; they run in the order added.
     *
     * @throws ValidationException if its name is not lower snake case or already taken
     */
    public Builder participant(ConversionParticipant value) {
      Objects.requireNonNull(value, "participant");
      String name = Objects.requireNonNull(value.name(), "participant.name");
      ValidationException.check(
          name.matches("[a-z][a-z0-9_]{0,63}"), "participant.name", "must be lower snake case but was '" + name + "'");
      ValidationException.check(names.add(name), "participant.name", "'" + name + "' is registered twice");
      participants.add(value);
      return this;
    }

    public Builder publisher(EventPublisher value) {
      this.publisher = Objects.requireNonNull(value, "publisher");
      return this;
    }

    public LeadConversion build() {
      return new LeadConversion(this);
    }
  }
}
