package io.crmkit.testkit.service;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.cases.CasePriority;
import io.crmkit.service.cases.CommentVisibility;
import io.crmkit.service.intake.InboundMessage;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for crm-service's cases and intake: new {@link Case}s (version 0, status {@code new})
 * built through {@link Case#builder}, with Unicode subjects, every priority and channel, with and without type,
 * product, contact, account and owner, and comments (notes and replies with unique ids, never before the case
 * was created); {@link CaseComment}s; and inbound messages of every channel.
 *
 * <p>{@code @Provide Arbitrary<Case> cases() { return CaseArbitraries.newCases(TenantId.of("acme")); }}
 */
public final class CaseArbitraries {
  private CaseArbitraries() {}

  /** Case ids: UUIDs, short and Unicode texts. */
  public static Arbitrary<CaseId> caseIds() {
    return CrmArbitraries.ids(CaseId::new);
  }

  /** Every priority. */
  public static Arbitrary<CasePriority> priorities() {
    return Arbitraries.of(CasePriority.class);
  }

  /** Every channel. */
  public static Arbitrary<CaseChannel> channels() {
    return Arbitraries.of(CaseChannel.class);
  }

  /** Subjects: plain, Unicode, with surrounding blanks (stripped by the case). */
  public static Arbitrary<String> subjects() {
    return Arbitraries.of("Printer on fire", "  VPN down in Lyon ", "Rechnung fehlt — bitte prüfen", "注文が届きません",
        "Login loop after password reset", "Ç'est cassé 🙃");
  }

  /** Comments written at or after {@code from}, with id {@code id}. */
  public static Arbitrary<CaseComment> comments(String id, Instant from) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Arbitrary<Duration> after = Arbitraries.longs().between(0, 86_400L * 30).map(Duration::ofSeconds);
    Arbitrary<String> bodies = Arbitraries.of("On it.", "Kunde ist VIP", "Could you send a screenshot?", "再起動しました", "ok");
    return Combinators.combine(Arbitraries.of(CommentVisibility.class), CrmArbitraries.idTexts(), bodies, after)
        .as((v, author, body, d) -> CaseComment.of(id, v, author, body, from.plus(d)));
  }

  /** New cases of {@code tenant}. */
  public static Arbitrary<Case> newCases(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<Optional<String>> types = Arbitraries.of("question", "incident", "problem", "feature_request").optional(0.6);
    Arbitrary<Optional<String>> products = Arbitraries.of("Printer X1", "VPN", "Billing").optional(0.5);
    Arbitrary<Optional<ContactId>> contacts = CrmArbitraries.contactIds().optional(0.7);
    Arbitrary<Optional<AccountId>> accounts = CrmArbitraries.accountIds().optional(0.5);
    Arbitrary<Optional<Owner>> owners = CrmArbitraries.owners().optional(0.7);
    Arbitrary<Head> heads = Combinators.combine(caseIds(), subjects(), priorities(), channels(), CrmArbitraries.instants(), types, products)
        .as(Head::new);
    Arbitrary<Who> who = Combinators.combine(contacts, accounts, owners, Arbitraries.integers().between(0, 4)).as(Who::new);
    return Combinators.combine(heads, who).flatAs((h, w) -> {
      List<Arbitrary<CaseComment>> each = new ArrayList<>();
      for (int i = 0; i < w.comments(); i++) {
        each.add(comments("cm-" + i, h.createdAt()));
      }
      return Combinators.combine(each).as(list -> {
        Case.Builder b = Case.builder(h.id(), tenant).subject(h.subject()).description("Reported through " + h.channel())
            .priority(h.priority()).channel(h.channel()).createdAt(h.createdAt()).updatedAt(h.createdAt()).comments(list);
        h.type().ifPresent(b::caseType);
        h.product().ifPresent(b::product);
        w.contact().ifPresent(b::contact);
        w.account().ifPresent(b::account);
        w.owner().ifPresent(b::owner);
        return b.build();
      });
    });
  }

  /** Inbound messages of every channel from a few senders, some with a Message-ID. */
  public static Arbitrary<InboundMessage> inboundMessages() {
    Arbitrary<String> senders = Arbitraries.of("ada@example.com", "+4930123456", "@grace", "bob@example.org");
    Arbitrary<Optional<String>> messageIds = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).optional(0.6);
    return Combinators.combine(channels(), senders, subjects(), CrmArbitraries.instants(), messageIds).as((c, s, subject, at, mid) -> {
      InboundMessage.Builder b = InboundMessage.builder(c, s, at).subject(subject).body("Hello from " + s);
      mid.ifPresent(m -> b.header("Message-ID", "<" + m + "@example.com>"));
      return b.build();
    });
  }

  private record Head(
      CaseId id, String subject, CasePriority priority, CaseChannel channel, Instant createdAt, Optional<String> type,
      Optional<String> product) {}

  private record Who(Optional<ContactId> contact, Optional<AccountId> account, Optional<Owner> owner, int comments) {}
}
