package io.crmkit.testkit.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.Purpose;
import io.crmkit.marketing.abtest.AbMetric;
import io.crmkit.marketing.abtest.AbTest;
import io.crmkit.marketing.abtest.AbTestId;
import io.crmkit.marketing.abtest.Variant;
import io.crmkit.marketing.schedule.DstPolicy;
import io.crmkit.marketing.schedule.QuietHours;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.marketing.schedule.SendWindow;
import io.crmkit.marketing.schedule.Throttle;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.subscription.SubscriptionTypeId;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.MissingFieldPolicy;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for crm-marketing's message and sending settings: templates that compile (merge fields of the
 * vocabulary, sections, comments, Unicode text, every missing-field policy), subscription types (single and double
 * opt-in, every channel, specific purposes), send windows and quiet hours (wrapping midnight or not), throttles, DST
 * policies, retry policies and A/B tests.
 *
 * <p>{@code @Provide Arbitrary<MessageTemplate> templates() { return MessageArbitraries.templates(TenantId.of("acme")); }}
 */
public final class MessageArbitraries {
  private MessageArbitraries() {}

  private static final List<String> FIELDS = List.of("contact.givenName", "contact.familyName", "contact.fullName",
      "contact.email", "contact.city", "account.name", "contact.custom.tier", "extra.unsubscribeUrl");
  private static final List<String> WORDS = List.of("Hallo", "Bonjour", "こんにちは", "Ünïcödé", "🎉", "spring", "offer", "&", "<b>", "\"quoted\"");

  /** Template ids. */
  public static Arbitrary<TemplateId> templateIds() {
    return CrmArbitraries.ids(TemplateId::new);
  }

  /** E-mail and text templates of {@code tenant} that {@code Templates.compile} accepts. */
  public static Arbitrary<MessageTemplate> templates(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<MissingFieldPolicy> policies = Arbitraries.oneOf(Arbitraries.just(MissingFieldPolicy.fail()),
        Arbitraries.just(MissingFieldPolicy.empty()),
        Combinators.combine(Arbitraries.of("", "there", "—"), Arbitraries.of(FIELDS))
            .as((otherwise, field) -> MissingFieldPolicy.fallback(otherwise, Map.of(field, "friend"))));
    Arbitrary<String> bodies = body();
    return Combinators.combine(templateIds(), Arbitraries.of("welcome", "Frühling", "お知らせ", "reminder"), Arbitraries.of(true, false),
            bodies, bodies, bodies, policies)
        .as((id, name, email, subject, html, text, policy) -> (email
            ? MessageTemplate.email(id, tenant, name, subject, "<p>" + html + "</p>", text)
            : MessageTemplate.text(id, tenant, name, text)).withPolicy(policy));
  }

  /** Text parts: words and escaped merge fields, optionally in a presence section, an absence section or after a comment. */
  static Arbitrary<String> body() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(FIELDS).map(f -> "{{" + f + "}}"));
    Arbitrary<String> line = piece.list().ofMinSize(1).ofMaxSize(6).map(ps -> String.join(" ", ps));
    return Combinators.combine(line, Arbitraries.of(FIELDS), Arbitraries.integers().between(0, 3))
        .as((l, f, wrap) -> switch (wrap) {
          case 0 -> l;
          case 1 -> "{{#" + f + "}}" + l + "{{/" + f + "}}";
          case 2 -> "{{^" + f + "}}" + l + "{{/" + f + "}}";
          default -> "{{! generated }}" + l;
        });
  }

  /** Subscription types (version 0) of {@code tenant}: slug keys, Unicode names, any channel, a specific purpose. */
  public static Arbitrary<SubscriptionType> subscriptionTypes(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<String> keys = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8).list().ofMaxSize(3))
        .as((head, rest) -> rest.isEmpty() ? head : head + "-" + String.join("-", rest));
    Arbitrary<Purpose> purposes = CrmArbitraries.purposes().filter(p -> !p.isAll());
    return Combinators.combine(CrmArbitraries.ids(SubscriptionTypeId::new), keys,
            Arbitraries.of("Newsletter", "Produkt-Neuigkeiten", "イベント案内", "Offers & events"), Arbitraries.of(Channel.class),
            purposes, Arbitraries.of(true, false), Arbitraries.integers().between(1, 90 * 24), CrmArbitraries.instants())
        .as((id, key, name, channel, purpose, doubleOptIn, hours, at) ->
            new SubscriptionType(id, tenant, 0, key, name, channel, purpose, doubleOptIn, Duration.ofHours(hours), at));
  }

  /** Send windows, some wrapping midnight. */
  public static Arbitrary<SendWindow> sendWindows() {
    return Combinators.combine(CampaignArbitraries.quarterHours(), CampaignArbitraries.quarterHours())
        .filter((a, b) -> !a.equals(b)).as(SendWindow::new);
  }

  /** Quiet hours of either policy, most wrapping midnight as real ones do. */
  public static Arbitrary<QuietHours> quietHours() {
    return Combinators.combine(CampaignArbitraries.quarterHours(), CampaignArbitraries.quarterHours(), Arbitraries.of(QuietHours.Policy.class))
        .filter((a, b, p) -> !a.equals(b)).as(QuietHours::new);
  }

  /** Throttles of 1 to 10,000 messages a second on e-mail, SMS or push. */
  public static Arbitrary<Throttle> throttles() {
    return Combinators.combine(Arbitraries.of("email", "sms", "push"), Arbitraries.integers().between(1, 10_000)).as(Throttle::new);
  }

  /** Every DST policy. */
  public static Arbitrary<DstPolicy> dstPolicies() {
    return Combinators.combine(Arbitraries.of(DstPolicy.Gap.class), Arbitraries.of(DstPolicy.Overlap.class)).as(DstPolicy::new);
  }

  /** Retry policies: 1 to 20 attempts, backoffs from a second to a day, multipliers 1 to 4, jitter under 1. */
  public static Arbitrary<RetryPolicy> retryPolicies() {
    return Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.integers().between(1, 3600),
            Arbitraries.integers().between(0, 86_400), Arbitraries.doubles().between(1, 4), Arbitraries.doubles().between(0, 0.99))
        .as((attempts, initial, extra, multiplier, jitter) -> new RetryPolicy(attempts, Duration.ofSeconds(initial),
            Duration.ofSeconds(initial + (long) extra), multiplier, jitter));
  }

  /** A/B tests (version 0) of {@code tenant} with 2 to 5 variants of distinct keys, every metric, sensible confidences. */
  public static Arbitrary<AbTest> abTests(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<List<Variant>> variants = Combinators.combine(Arbitraries.integers().between(2, 5),
            Arbitraries.integers().between(1, 9).list().ofSize(5), templateIds().list().ofSize(5))
        .as((n, weights, templates) -> {
          List<Variant> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            out.add(Variant.of(String.valueOf((char) ('a' + i)), weights.get(i), templates.get(i)));
          }
          return out;
        });
    return Combinators.combine(CrmArbitraries.ids(AbTestId::new), variants, Arbitraries.of(AbMetric.class),
            Arbitraries.of(0.8, 0.9, 0.95, 0.99), Arbitraries.longs().between(1, 10_000), Arbitraries.doubles().between(0.01, 1).ofScale(2))
        .as((id, vs, metric, confidence, sample, share) -> new AbTest(id, tenant, 0, vs, metric, confidence, sample, share));
  }
}
