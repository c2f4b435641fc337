package io.crmkit.testkit.arbitrary;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * New {@link ConsentEvent}s (version 0): grants (some asking for double opt-in), confirmations and
 * withdrawals (some of every purpose, {@code *}) on every channel, by contacts and accounts, with or
 * without evidence.
 *
 * <p>{@code CrmArbitraries.consentEvents().inTenant(t).forParty(contact.ref()).list().ofMaxSize(10)}
 */
public final class ConsentEventArbitrary extends ArbitraryDecorator<ConsentEvent> {
  private Optional<TenantId> tenant = Optional.empty();
  private Optional<RecordRef> party = Optional.empty();
  private Optional<Channel> channel = Optional.empty();

  ConsentEventArbitrary() {}

  /** Events of {@code tenant} only. */
  public ConsentEventArbitrary inTenant(TenantId tenant) {
    ConsentEventArbitrary clone = typedClone();
    clone.tenant = Optional.of(Objects.requireNonNull(tenant, "tenant"));
    return clone;
  }

  /** Events of {@code party} only. */
  public ConsentEventArbitrary forParty(RecordRef party) {
    ConsentEventArbitrary clone = typedClone();
    clone.party = Optional.of(Objects.requireNonNull(party, "party"));
    return clone;
  }

  /** Events on {@code channel} only. */
  public ConsentEventArbitrary onChannel(Channel channel) {
    ConsentEventArbitrary clone = typedClone();
    clone.channel = Optional.of(Objects.requireNonNull(channel, "channel"));
    return clone;
  }

  @Override
  protected Arbitrary<ConsentEvent> arbitrary() {
    Arbitrary<TenantId> tenants = tenant.<Arbitrary<TenantId>>map(Arbitraries::just).orElseGet(Records::tenantIds);
    Arbitrary<RecordRef> parties =
        party.<Arbitrary<RecordRef>>map(Arbitraries::just)
            .orElseGet(() -> Arbitraries.of("contact", "account").flatMap(Records::recordRefs));
    Arbitrary<Channel> channels = channel.<Arbitrary<Channel>>map(Arbitraries::just).orElseGet(() -> Arbitraries.of(Channel.class));
    Arbitrary<ConsentAction> actions = Arbitraries.of(ConsentAction.class);
    Arbitrary<Purpose> purposes = CrmArbitraries.purposes();
    Arbitrary<String> sources =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of("form", "import", "api", "web-signup", "double-opt-in-mail", "call-center", "formulaire")),
            net.jqwik.api.Tuple.of(1, Texts.words().map(w -> Texts.cut(w, 32))));
    return Combinators.combine(
            Combinators.combine(Texts.idTexts().map(ConsentEventId::new), tenants, parties, channels).as(Head::new),
            actions,
            purposes,
            Arbitraries.of(LegalBasis.class),
            sources,
            Times.instants(),
            Arbitraries.of(false, true),
            Combinators.combine(Arbitraries.of("sub-", "ip 203.0.113.", "text v"), Arbitraries.integers().between(1, 999))
                .as((p, n) -> p + n)
                .optional(0.5))
        .as(
            (h, action, purpose, basis, source, at, doubleOptIn, evidence) -> {
              Purpose p = purpose.isAll() && action != ConsentAction.WITHDRAWN ? Purpose.MARKETING : purpose;
              return new ConsentEvent(
                  h.id, h.tenant, 0, h.party, h.channel, p, action, basis, source, at,
                  doubleOptIn && action == ConsentAction.GRANTED, evidence);
            });
  }

  private record Head(ConsentEventId id, TenantId tenant, RecordRef party, Channel channel) {}
}
