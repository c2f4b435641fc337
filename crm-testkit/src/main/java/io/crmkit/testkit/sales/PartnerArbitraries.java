package io.crmkit.testkit.sales;

import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.partner.DealContact;
import io.crmkit.sales.partner.DealCustomer;
import io.crmkit.sales.partner.DealRegistration;
import io.crmkit.sales.partner.DealRegistrationId;
import io.crmkit.sales.partner.DealRegistrationLifecycle;
import io.crmkit.sales.partner.Partner;
import io.crmkit.sales.partner.PartnerId;
import io.crmkit.sales.partner.PartnerLifecycle;
import io.crmkit.sales.partner.PartnerRole;
import io.crmkit.sales.partner.PartnerTier;
import io.crmkit.sales.partner.PartnerType;
import io.crmkit.sales.partner.PartnerUser;
import io.crmkit.sales.partner.RegistrationFacts;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for crm-sales' partner programme: {@link Partner}s of every type, tier and status (reached by
 * accepted moves of {@code PartnerLifecycle.MACHINE}), with 0–5 users and Unicode territories; {@link DealRegistration}s
 * in every state of {@code DealRegistrationLifecycle.MACHINE}, with all the fields each state needs (expiry once
 * approved, the opportunity once converted, a reason once rejected); customers with and without domain and account,
 * Unicode names and legal forms; contacts with and without e-mail, phone and title.
 *
 * <p>{@code @Property void p(@ForAll DealRegistration r)} or {@code PartnerArbitraries.dealRegistrations(tenant)}.
 */
public final class PartnerArbitraries {
  private PartnerArbitraries() {}

  private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
  private static final List<String> TERRITORIES = List.of("dach", "nordics", "benelux", "île-de-france", "関東", "north-america");
  /** The event that leads from the initial state to each registration state, in order. */
  private static final Map<String, List<String>> REGISTRATION_PATHS = Map.of(
      DealRegistrationLifecycle.DRAFT, List.of(),
      DealRegistrationLifecycle.SUBMITTED, List.of("submit"),
      DealRegistrationLifecycle.APPROVED, List.of("submit", "approve"),
      DealRegistrationLifecycle.REJECTED, List.of("submit", "reject"),
      DealRegistrationLifecycle.WITHDRAWN, List.of("submit", "withdraw"),
      DealRegistrationLifecycle.CONVERTED, List.of("submit", "approve", "convert"),
      DealRegistrationLifecycle.EXPIRED, List.of("submit", "approve", "expire"));

  public static Arbitrary<PartnerId> partnerIds() {
    return CrmArbitraries.ids(PartnerId::new);
  }

  public static Arbitrary<DealRegistrationId> dealRegistrationIds() {
    return CrmArbitraries.ids(DealRegistrationId::new);
  }

  /** Partner users with short ids, some Unicode, and every role. */
  public static Arbitrary<PartnerUser> partnerUsers() {
    return Combinators.combine(Arbitraries.of("pu-", "partner.", "ü-", "用户-"), Arbitraries.integers().between(0, 999),
        Arbitraries.of(PartnerRole.class)).as((p, n, r) -> PartnerUser.of(p + n, r));
  }

  /** Partners of any tenant. */
  public static Arbitrary<Partner> partners() {
    return CrmArbitraries.tenantIds().flatMap(PartnerArbitraries::partners);
  }

  /**
   * Partners of {@code tenant}: enrolled in 2025, then moved by up to five events of the status machine (refused ones
   * skipped), hours apart; 0–5 users with distinct ids, 0–3 territories.
   */
  public static Arbitrary<Partner> partners(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<List<PartnerUser>> users = partnerUsers().list().ofMaxSize(5).uniqueElements(PartnerUser::userId);
    Arbitrary<List<String>> territories = Arbitraries.of(TERRITORIES).list().ofMaxSize(3).uniqueElements();
    Arbitrary<List<String>> events = Arbitraries.of(PartnerLifecycle.MACHINE.spec().transitions().stream()
        .map(t -> t.event()).distinct().toList()).list().ofMaxSize(5);
    Arbitrary<Meta> meta = Combinators.combine(partnerIds(), Arbitraries.of("Globex", "Ørsted Vertrieb GmbH", "株式会社パートナー", "Ó Briain & Sons"),
        Arbitraries.of(PartnerType.class), Arbitraries.of(PartnerTier.class), Arbitraries.longs().between(0, 300L * 86_400))
        .as(Meta::new);
    return Combinators.combine(meta, users, territories, events, Arbitraries.integers().between(0, 3))
        .as((m, us, ts, evs, withTerminate) -> {
          Instant at = EPOCH.plusSeconds(m.offset());
          Partner p = Partner.enrol(m.id(), tenant, new AccountId("acc-" + m.id().value()), m.name(), m.type(), m.tier(), at)
              .withUsers(us).withTerritories(ts);
          StateHistory history = p.statusHistory();
          List<String> moves = withTerminate == 0 ? append(evs, PartnerLifecycle.TERMINATE) : evs;
          for (String event : moves) {
            if (PartnerLifecycle.MACHINE.fire(history.current(), event, p) instanceof Decision.Accepted a) {
              at = at.plus(Duration.ofHours(3));
              history = history.record(a, at);
            }
          }
          return new Partner(p.id(), tenant, 0, p.account(), p.name(), p.type(), p.tier(), history, p.territories(), p.users(),
              p.createdAt(), at);
        });
  }

  /** Customers: Unicode names with and without legal forms, optionally a domain (given as a domain or a URL) and an account. */
  public static Arbitrary<DealCustomer> dealCustomers() {
    return Combinators.combine(
            Arbitraries.of("Initech", "INITECH, Inc.", "Initech GmbH", "Hooli", "Ünïcode AG", "株式会社テスト", "Zeta S.A.", "Ελληνική Α.Ε."),
            Arbitraries.of("initech.example", "https://www.hooli.example/about", "zeta.example", "xn--mnchen-3ya.example").optional(0.6),
            Arbitraries.integers().between(0, 20).map(n -> new AccountId("customer-" + n)).optional(0.3))
        .as(DealCustomer::new);
  }

  /** Contacts with Unicode names, with and without e-mail, phone and title. */
  public static Arbitrary<DealContact> dealContacts() {
    return Combinators.combine(CrmArbitraries.personNames(), CrmArbitraries.emails().optional(0.7), CrmArbitraries.phones().optional(0.4),
            Arbitraries.of("CTO", "Directrice générale", "Einkäufer").optional(0.5))
        .as(DealContact::new);
  }

  /** Registrations of any tenant. */
  public static Arbitrary<DealRegistration> dealRegistrations() {
    return CrmArbitraries.tenantIds().flatMap(PartnerArbitraries::dealRegistrations);
  }

  /**
   * Registrations of {@code tenant} by a user of a generated partner, in every state of the lifecycle, with amounts in
   * several currencies, close dates in 2025–2026, and the decision fields each state needs.
   */
  public static Arbitrary<DealRegistration> dealRegistrations(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<Partner> withUsers = partners(tenant).filter(p -> !p.users().isEmpty());
    Arbitrary<Money> amounts = Combinators.combine(Arbitraries.of("EUR", "USD", "JPY"), Arbitraries.longs().between(1, 5_000_000_00L))
        .as((c, units) -> Money.of(BigDecimal.valueOf(units, Money.fractionDigits(Money.currency(c))), c));
    Arbitrary<Deal> deals = Combinators.combine(dealRegistrationIds(), dealCustomers(), dealContacts(), amounts,
            Arbitraries.integers().between(0, 600), Arbitraries.of("CRM-PRO", "Analytics", "Support Plus", "Schulung").list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
            Arbitraries.of(REGISTRATION_PATHS.keySet().stream().sorted().toList()))
        .as(Deal::new);
    return Combinators.combine(withUsers, deals, Arbitraries.integers().between(0, 4)).as((p, d, user) -> {
      Instant created = p.createdAt().plus(Duration.ofDays(1));
      LocalDate close = LocalDate.of(2025, 1, 1).plusDays(d.closeOffset());
      DealRegistration r = DealRegistration.draft(d.id(), p, p.users().get(user % p.users().size()).userId(), d.customer(),
              d.amount(), close, created)
          .withContact(d.contact()).withProducts(d.products());
      return walk(r, REGISTRATION_PATHS.get(d.state()), created, close);
    });
  }

  private static DealRegistration walk(DealRegistration draft, List<String> events, Instant created, LocalDate close) {
    StateHistory history = draft.statusHistory();
    Instant at = created;
    Optional<String> decidedBy = Optional.empty();
    Optional<String> reason = Optional.empty();
    Optional<LocalDate> expires = Optional.empty();
    Optional<OpportunityId> opportunity = Optional.empty();
    for (String event : events) {
      at = at.plus(Duration.ofHours(5));
      switch (event) {
        case "approve" -> {
          decidedBy = Optional.of("channel-1");
          expires = Optional.of(LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(90));
        }
        case "reject" -> {
          decidedBy = Optional.of("channel-1");
          reason = Optional.of("Already in the direct team's pipeline");
        }
        case "convert" -> opportunity = Optional.of(new OpportunityId("opp-" + draft.id().value()));
        case "expire" -> at = at.plus(Duration.ofDays(91));
        default -> { }
      }
      LocalDate today = event.equals("expire") ? expires.orElseThrow().plusDays(1) : minDate(LocalDate.ofInstant(at, ZoneOffset.UTC), close);
      DealRegistration facts = new DealRegistration(draft.id(), draft.tenantId(), 0, draft.partnerId(), draft.partner(),
          draft.registeredBy(), draft.customer(), draft.contact(), draft.products(), draft.estimatedAmount(), draft.closeDate(),
          draft.description(), history, List.of(), history.current().equals("draft") ? Optional.empty() : decidedByFor(history, decidedBy),
          history.current().equals("rejected") ? reason : Optional.empty(), expiresFor(history, expires), Optional.empty(), draft.createdAt(), at);
      Decision.Accepted accepted = DealRegistrationLifecycle.MACHINE.fireOrThrow(history.current(), event,
          new RegistrationFacts(facts, today, reason.or(() -> Optional.of("-"))));
      history = history.record(accepted, at);
    }
    String state = history.current();
    boolean decided = !List.of("draft", "submitted", "withdrawn").contains(state);
    return new DealRegistration(draft.id(), draft.tenantId(), 0, draft.partnerId(), draft.partner(), draft.registeredBy(),
        draft.customer(), draft.contact(), draft.products(), draft.estimatedAmount(), draft.closeDate(), draft.description(), history,
        List.of(), decided ? decidedBy : Optional.empty(), state.equals("rejected") ? reason : Optional.empty(),
        List.of("approved", "converted", "expired").contains(state) ? expires : Optional.empty(),
        state.equals("converted") ? opportunity : Optional.empty(), draft.createdAt(), at);
  }

  private static Optional<String> decidedByFor(StateHistory history, Optional<String> decidedBy) {
    return List.of("approved", "rejected").contains(history.current()) ? decidedBy : Optional.empty();
  }

  private static Optional<LocalDate> expiresFor(StateHistory history, Optional<LocalDate> expires) {
    return history.current().equals("approved") ? expires : Optional.empty();
  }

  private static LocalDate minDate(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static List<String> append(List<String> list, String last) {
    List<String> out = new java.util.ArrayList<>(list);
    out.add(last);
    return out;
  }

  private record Meta(PartnerId id, String name, PartnerType type, PartnerTier tier, long offset) {}

  private record Deal(
      DealRegistrationId id, DealCustomer customer, DealContact contact, Money amount, int closeOffset, List<String> products,
      String state) {}
}
