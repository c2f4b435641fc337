package io.crmkit.marketing.subscription;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.segment.SuppressionEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One tenant's subscriptions on the consent ledger: subscription types, sign-up with double opt-in, signed
 * unsubscribe links, global suppression, and {@link #mayContact}, the check every send makes at send time.
 *
 * <pre>{@code
 * Subscriptions subs = Subscriptions.of(tenantStore, clock, UnsubscribeTokens.withKey(hostSecret));
 * SubscriptionType news = subs.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, true);
 * Subscription pending = subs.subscribe(ada.id(), news.id(), "form");
 * subs.confirm(pending.confirmationToken().orElseThrow(), "link");
 * SendDecision d = subs.mayContact(ada, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant());
 * }</pre>
 */
public final class Subscriptions {
  private final TenantStore store;
  private final ConsentLedger ledger;
  private final Clock clock;
  private final IdGenerator ids;
  private final UnsubscribeTokens tokens;
  private final SecureRandom random;
  private final Repository<SubscriptionType, SubscriptionTypeId> types;
  private final Repository<PendingConfirmation, ConfirmationId> confirmations;
  private final Repository<GlobalSuppression, SuppressionId> suppressions;

  /** Subscriptions of {@code store}'s tenant over {@code ledger}, signing unsubscribe links with {@code tokens}. */
  public Subscriptions(TenantStore store, ConsentLedger ledger, Clock clock, IdGenerator ids, UnsubscribeTokens tokens) {
    this.store = Objects.requireNonNull(store, "store");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.random = new SecureRandom();
    this.types = store.repository(SubscriptionType.TYPE);
    this.confirmations = store.repository(PendingConfirmation.TYPE);
    this.suppressions = store.repository(GlobalSuppression.TYPE);
  }

  /** Subscriptions with the tenant's consent ledger and UUIDv7 ids. */
  public static Subscriptions of(TenantStore store, Clock clock, UnsubscribeTokens tokens) {
    return new Subscriptions(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock), tokens);
  }

  public TenantId tenantId() {
    return store.tenantId();
  }

  // ---- types -------------------------------------------------------------------------------------------

  /**
   * Defines a subscription type.
   *
   * @throws ValidationException if the key is taken
   */
  public SubscriptionType defineType(String key, String name, Channel channel, Purpose purpose, boolean doubleOptIn) {
    ValidationException.check(types.count(Criteria.eq(SubscriptionType.KEY, key)) == 0, "key", "'" + key + "' is already a subscription type");
    return types.insert(new SubscriptionType(
        ids.next(SubscriptionTypeId::new), tenantId(), 0, key, name, channel, purpose, doubleOptIn,
        SubscriptionType.DEFAULT_CONFIRMATION_VALIDITY, clock.instant()));
  }

  /** Stores a changed type (optimistic version check). */
  public SubscriptionType updateType(SubscriptionType changed) {
    return types.update(changed);
  }

  public SubscriptionType type(SubscriptionTypeId id) {
    return types.get(id);
  }

  public Optional<SubscriptionType> typeByKey(String key) {
    return types.query(Criteria.eq(SubscriptionType.KEY, key)).stream().findFirst();
  }

  // ---- sign-up and confirmation ------------------------------------------------------------------------

  /**
   * Records that {@code contact} subscribes to {@code type} now (from {@code source}: form, import, api...).
   * A double opt-in type leaves the consent pending and returns the confirmation token for the link.
   */
  public Subscription subscribe(ContactId contact, SubscriptionTypeId type, String source) {
    Objects.requireNonNull(contact, "contact");
    SubscriptionType t = types.get(type);
    return store.transactions().inTransaction(() -> {
      ConsentEvent grant = ledger.grant(party(contact), t.channel(), t.purpose(), LegalBasis.CONSENT, source, t.doubleOptIn(), Optional.empty());
      if (!t.doubleOptIn()) {
        return new Subscription(t, grant, Optional.empty());
      }
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      Instant now = clock.instant();
      confirmations.insert(new PendingConfirmation(
          ids.next(ConfirmationId::new), tenantId(), 0, contact, t.id(), sha256(token), now, now.plus(t.confirmationValidity()), Optional.empty()));
      return new Subscription(t, grant, Optional.of(token));
    });
  }

  /**
   * Confirms the double-opt-in sign-up the token was issued for. A token works once and until it expires.
   *
   * @throws ValidationException naming {@code token} when it is unknown, used or expired (nothing is written)
   * @throws io.crmkit.core.ConcurrencyConflictException when the same token is being confirmed concurrently
   */
  public ConsentEvent confirm(String token, String source) {
    Objects.requireNonNull(token, "token");
    Instant now = clock.instant();
    PendingConfirmation pending = confirmations.query(Criteria.eq(PendingConfirmation.TOKEN_HASH, sha256(token))).stream().findFirst()
        .orElseThrow(() -> new ValidationException("token", "is not a confirmation token of tenant " + tenantId()));
    pending.usedAt().ifPresent(used -> {
      throw new ValidationException("token", "was already used on " + used + "; a confirmation link works once");
    });
    ValidationException.check(now.isBefore(pending.expiresAt()), "token", "expired on " + pending.expiresAt() + "; subscribe again for a new link");
    SubscriptionType t = types.get(pending.subscriptionType());
    return store.transactions().inTransaction(() -> {
      confirmations.update(pending.usedAt(now));
      return ledger.confirm(party(pending.contact()), t.channel(), t.purpose(), source, Optional.of("confirmation " + pending.id()));
    });
  }

  // ---- unsubscribe -------------------------------------------------------------------------------------

  /** The signed token for {@code contact}'s unsubscribe link from {@code type}. */
  public String unsubscribeToken(ContactId contact, SubscriptionTypeId type) {
    types.get(type);
    return tokens.sign(tenantId(), contact, type);
  }

  /**
   * Unsubscribes the contact the token names from the type it names, now. The token decides who: nothing a
   * caller passes alongside can redirect it to another person.
   *
   * @throws ValidationException naming {@code token} when it does not verify or belongs to another tenant
   */
  public ConsentEvent unsubscribe(String token, String source) {
    UnsubscribeClaim claim = tokens.verify(token)
        .orElseThrow(() -> new ValidationException("token", "is not a genuine unsubscribe token (forged, altered or truncated)"));
    ValidationException.check(
        claim.tenant().equals(tenantId()), "token", "was issued for tenant " + claim.tenant() + ", not " + tenantId());
    SubscriptionType t = types.get(claim.subscriptionType());
    return ledger.withdraw(party(claim.contact()), t.channel(), t.purpose(), source, Optional.of("unsubscribe link"));
  }

  /** Withdraws every purpose on {@code channel} for {@code contact} now ("unsubscribe from everything"). */
  public ConsentEvent unsubscribeAll(ContactId contact, Channel channel, String source) {
    return ledger.withdraw(party(contact), channel, Purpose.ALL, source, Optional.empty());
  }

  // ---- global suppression ------------------------------------------------------------------------------

  /** Suppresses {@code entry} on every channel and purpose from now on. */
  public GlobalSuppression suppressGlobally(SuppressionEntry entry, String reason) {
    return suppressions.insert(new GlobalSuppression(ids.next(SuppressionId::new), tenantId(), 0, entry, reason, clock.instant()));
  }

  /** Lifts a global suppression (optimistic version check). */
  public void lift(GlobalSuppression suppression) {
    suppressions.delete(suppression.id(), suppression.version());
  }

  /** The global suppressions that apply to {@code contact} (by id, any of its e-mails or their domains), oldest first. */
  public List<GlobalSuppression> suppressionsOf(Contact contact) {
    List<GlobalSuppression> out = new ArrayList<>(suppressions.query(Criteria.in(GlobalSuppression.ENTRY, suppressionKeys(contact))));
    out.sort(SUPPRESSION_ORDER);
    return List.copyOf(out);
  }

  private static final Comparator<GlobalSuppression> SUPPRESSION_ORDER =
      Comparator.comparing(GlobalSuppression::since).thenComparing(s -> s.id().value());

  /** How many suppression keys one {@code in(entry, ...)} query of {@link #mayContactAll} names at most. */
  private static final int KEY_CHUNK = 1_000;

  /** The suppression entries that would block {@code contact}: its id, its e-mails and their domains. */
  private static Set<String> suppressionKeys(Contact contact) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(SuppressionEntry.id(contact.id().value()).toString());
    for (String email : contact.emails()) {
      keys.add(new SuppressionEntry(SuppressionEntry.Kind.EMAIL, email).toString());
      String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
      while (domain.contains(".")) {
        keys.add("domain:" + domain);
        domain = domain.substring(domain.indexOf('.') + 1);
      }
    }
    return keys;
  }

  // ---- the send-time check -----------------------------------------------------------------------------

  /**
   * Whether {@code contact} may be contacted on {@code channel} for {@code purpose} at {@code at}, checked in
   * order: no global suppression in force, an address for the channel, and consent in the ledger at that
   * instant. Every send calls it when it goes out, not only when it is planned.
   */
  public SendDecision mayContact(Contact contact, Channel channel, Purpose purpose, Instant at) {
    Objects.requireNonNull(contact, "contact");
    checkQuestion(channel, purpose, at);
    checkTenant(contact);
    return decision(contact, channel, purpose, at, suppressionsOf(contact), c -> ledger.decide(c.ref(), channel, purpose, at));
  }

  /**
   * {@link #mayContact} for many contacts at once (a whole audience before it is planned): one entry per
   * distinct contact, in the order given, each equal to what {@code mayContact} answers for it, with the global
   * suppressions and the consent ledger read in a few {@code in(...)} queries instead of two per contact. It
   * answers for the instant asked; a send still calls {@code mayContact} when it goes out, since consent may
   * be withdrawn in between.
   *
   * <p>{@code subs.mayContactAll(audienceContacts, Channel.EMAIL, Purpose.NEWSLETTER, at).values().stream().filter(SendDecision::allowed)}
   *
   * @throws ValidationException if a contact is of another tenant, or one id comes with two different records
   */
  public Map<ContactId, SendDecision> mayContactAll(Collection<Contact> contacts, Channel channel, Purpose purpose, Instant at) {
    Objects.requireNonNull(contacts, "contacts");
    checkQuestion(channel, purpose, at);
    Map<ContactId, Contact> byId = new LinkedHashMap<>();
    for (Contact c : contacts) {
      Objects.requireNonNull(c, "contacts contains null");
      checkTenant(c);
      Contact before = byId.putIfAbsent(c.id(), c);
      ValidationException.check(before == null || before.equals(c), "contacts", "contact " + c.id() + " is given twice with different values");
    }
    Map<String, List<GlobalSuppression>> byKey = new HashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    byId.values().forEach(c -> keys.addAll(suppressionKeys(c)));
    List<String> chunk = new ArrayList<>();
    for (Iterator<String> it = keys.iterator(); it.hasNext(); ) {
      chunk.add(it.next());
      if (chunk.size() == KEY_CHUNK || !it.hasNext()) {
        for (GlobalSuppression g : suppressions.query(Criteria.in(GlobalSuppression.ENTRY, chunk))) {
          byKey.computeIfAbsent(g.entry().toString(), k -> new ArrayList<>()).add(g);
        }
        chunk.clear();
      }
    }
    Map<RecordRef, ConsentDecision> consent =
        ledger.decideAll(byId.values().stream().map(Contact::ref).toList(), channel, purpose, at);
    Map<ContactId, SendDecision> out = new LinkedHashMap<>();
    for (Contact c : byId.values()) {
      Set<GlobalSuppression> applying = new LinkedHashSet<>();
      suppressionKeys(c).forEach(k -> applying.addAll(byKey.getOrDefault(k, List.of())));
      List<GlobalSuppression> sorted = new ArrayList<>(applying);
      sorted.sort(SUPPRESSION_ORDER);
      out.put(c.id(), decision(c, channel, purpose, at, sorted, x -> consent.get(x.ref())));
    }
    return Collections.unmodifiableMap(out);
  }

  private void checkTenant(Contact contact) {
    ValidationException.check(
        contact.tenantId().equals(tenantId()), "contact", "belongs to tenant " + contact.tenantId() + ", not " + tenantId());
  }

  private static void checkQuestion(Channel channel, Purpose purpose, Instant at) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
  }

  /** The send decision from the contact's global suppressions (oldest first) and, if reached, its consent. */
  private static SendDecision decision(Contact contact, Channel channel, Purpose purpose, Instant at, List<GlobalSuppression> applying,
      Function<Contact, ConsentDecision> consentOf) {
    List<String> reasons = new ArrayList<>();
    Optional<GlobalSuppression> blocking = applying.stream().filter(s -> !s.since().isAfter(at)).findFirst();
    if (blocking.isPresent()) {
      GlobalSuppression s = blocking.get();
      reasons.add("globally suppressed by " + s.entry() + " since " + s.since() + " (" + s.reason() + ")");
      return new SendDecision(contact.id(), channel, purpose, at, false, reasons, Optional.empty(), blocking);
    }
    reasons.add("not globally suppressed");
    Optional<String> address = address(contact, channel);
    if (address.isEmpty()) {
      reasons.add("no " + channel + " address on record");
      return new SendDecision(contact.id(), channel, purpose, at, false, reasons, Optional.empty(), Optional.empty());
    }
    reasons.add("reachable at " + address.get());
    ConsentDecision consent = consentOf.apply(contact);
    reasons.add("consent " + consent.state() + ": " + consent.reason());
    return new SendDecision(contact.id(), channel, purpose, at, consent.allowed(), reasons, Optional.of(consent), Optional.empty());
  }

  private static Optional<String> address(Contact contact, Channel channel) {
    switch (channel) {
      case EMAIL:
        return contact.primaryEmail();
      case SMS:
      case PHONE:
      case WHATSAPP:
        return contact.primaryPhone();
      case POST:
        return contact.contactPoints(ContactPoint.Kind.POSTAL).stream().findFirst().map(ContactPoint::normalized);
      default:
        return Optional.of("the host's " + channel + " registration");
    }
  }

  private static RecordRef party(ContactId contact) {
    return RecordRef.of(Contact.TYPE_NAME, contact);
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
