package io.crmkit.testkit.service;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.escalation.EscalationRecord;
import io.crmkit.service.ivr.CallerInput;
import io.crmkit.service.ivr.Menu;
import io.crmkit.service.ivr.MenuNode;
import io.crmkit.service.ivr.MenuOption;
import io.crmkit.service.ivr.RetryPolicy;
import io.crmkit.service.routing.Agent;
import io.crmkit.service.routing.Presence;
import io.crmkit.service.routing.SkillRequirement;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for routing, escalation and contact-centre menus: teams of agents (every presence, empty and
 * full capacity, loads over a lowered capacity, Unicode skill names), work items (sizes, required and optional
 * skills, with and without SLA), escalation records, valid menu trees of bounded depth and caller input sequences
 * (keys, intents, silence). Every value goes through the real crm-service constructors, e.g.
 * {@code @Provide Arbitrary<Menu> menus() { return RoutingArbitraries.menus(tenant, 4); }}.
 */
public final class RoutingArbitraries {
  /** The skill names generated agents and items draw from (some non-ASCII). */
  public static final List<String> SKILLS = List.of("billing", "router", "français", "日本語", "escalations");
  /** The instant generated work items are created around (items are created up to a day later). */
  public static final Instant EPOCH = Instant.parse("2026-03-02T08:00:00Z");

  private RoutingArbitraries() {}

  /** Skill maps of up to three skills from {@link #SKILLS}, levels 1 to 10. */
  public static Arbitrary<Map<String, Integer>> skills() {
    return Arbitraries.maps(Arbitraries.of(SKILLS), Arbitraries.integers().between(1, SkillRequirement.MAX_LEVEL))
        .ofMaxSize(3);
  }

  /**
   * Teams of 1 to {@code maxAgents} agents of {@code tenant} with distinct ids {@code agent-0, ...}: any presence,
   * capacity 0 to 8, load from none to a little over capacity, 0 to 5 open SLA items.
   */
  public static Arbitrary<List<Agent>> teams(TenantId tenant, int maxAgents) {
    return Arbitraries.integers().between(1, maxAgents).flatMap(n -> {
      List<Arbitrary<Agent>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "agent-" + i;
        each.add(Combinators.combine(Arbitraries.of(Presence.class), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 5), skills())
            .as((presence, capacity, loadPercent, sla, skills) ->
                new Agent(tenant, id, presence, capacity, capacity * loadPercent / 100, sla, skills)));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  /**
   * Work items of {@code tenant} in queue {@code support} or {@code billing}: any priority, size 1 to 4, up to two
   * required and two optional skills (never the same skill twice), created within a day of {@link #EPOCH}, half
   * with an SLA due a few hours later, some without a product.
   */
  public static Arbitrary<WorkItem> workItems(TenantId tenant) {
    Arbitrary<List<SkillRequirement>> requirements = Arbitraries.of(SKILLS).set().ofMaxSize(4)
        .flatMap(names -> Combinators.combine(names.stream()
                .map(n -> Arbitraries.integers().between(1, SkillRequirement.MAX_LEVEL).map(l -> SkillRequirement.of(n, l)))
                .toList())
            .as(List::copyOf));
    return Combinators.combine(Arbitraries.integers().between(0, 99_999), Arbitraries.of("support", "billing"),
            Arbitraries.of(WorkPriority.class), Arbitraries.of("question", "incident", "problem"),
            Arbitraries.of("router-x", "switch-y", "café-pro").optional(0.8), Arbitraries.integers().between(1, 4),
            requirements, Arbitraries.longs().between(0, 24 * 3600))
        .as((n, queue, priority, type, product, size, reqs, offset) -> {
          Instant created = EPOCH.plusSeconds(offset);
          WorkItem.Builder b = WorkItem.builder(tenant, new CaseId("case-" + n), queue, created)
              .priority(priority).type(type).size(size);
          product.ifPresent(b::product);
          for (int i = 0; i < reqs.size(); i++) {
            if (i % 2 == 0) {
              b.requiring(reqs.get(i));
            } else {
              b.preferring(reqs.get(i));
            }
          }
          if (n % 2 == 0) {
            b.slaDueAt(created.plusSeconds(3600L * (1 + n % 8)));
          }
          return b.build();
        });
  }

  /** Escalation records of {@code tenant} over 30 cases and a year and a half, some without a product. */
  public static Arbitrary<EscalationRecord> escalationRecords(TenantId tenant) {
    return Combinators.combine(Arbitraries.integers().between(0, 29),
            Arbitraries.of("urgent case waiting", "case waiting too long", "réouvert"),
            Arbitraries.of("router-x", "switch-y").optional(0.8), Arbitraries.of(WorkPriority.class),
            Arbitraries.longs().between(0, 540L * 24 * 3600))
        .as((c, reason, product, priority, s) ->
            new EscalationRecord(tenant, new CaseId("case-" + c), reason, product, priority, EPOCH.plusSeconds(s)));
  }

  /**
   * Valid menus of {@code tenant}: trees of prompts (1 to 3 options each, by key or by intent) down to
   * {@code maxDepth} prompts, with answer, transfer (some announced) and hang-up leaves, and 0 to 3 repeats before
   * the fallback queue {@code reception}. The root is {@code n0}; queues are named {@code queue-<node>}.
   */
  public static Arbitrary<Menu> menus(TenantId tenant, int maxDepth) {
    return Combinators.combine(shapes(maxDepth), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
        .as((shape, repeats, intents) -> {
          Menu.Builder b = Menu.builder(tenant, "menu", "n0").retries(RetryPolicy.of(repeats, "reception"))
              .maxDepth(Math.max(1, maxDepth));
          add(b, shape, new int[] {0}, intents);
          return b.build();
        });
  }

  /**
   * Caller input sequences of up to {@code maxLength}: keys 0–9, * and #, the intents the menus use
   * ({@code topic-1}, {@code topic-3}) and unknown ones, and silence.
   */
  public static Arbitrary<List<CallerInput>> callerInputs(int maxLength) {
    Arbitrary<CallerInput> one = Arbitraries.oneOf(
        Arbitraries.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#").map(CallerInput::press),
        Arbitraries.of("topic-1", "topic-3", "wetter", "天気").map(CallerInput::say),
        Arbitraries.just(CallerInput.silence()));
    return one.list().ofMaxSize(maxLength);
  }

  /** A menu tree's shape: kind 0 is a prompt over its children; 1 answer, 2 transfer, 3 announced transfer, 4 hang-up. */
  private record Shape(int kind, List<Shape> children) {}

  private static Arbitrary<Shape> shapes(int depth) {
    Arbitrary<Shape> leaf = Arbitraries.integers().between(1, 4).map(k -> new Shape(k, List.of()));
    if (depth <= 0) {
      return leaf;
    }
    Arbitrary<Shape> prompt = Arbitraries.lazy(() -> shapes(depth - 1)).list().ofMinSize(1).ofMaxSize(3)
        .map(children -> new Shape(0, children));
    return Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(2, prompt));
  }

  private static String add(Menu.Builder b, Shape s, int[] counter, boolean intents) {
    String id = "n" + counter[0]++;
    switch (s.kind()) {
      case 0 -> {
        List<MenuOption> options = new ArrayList<>();
        for (int i = 0; i < s.children().size(); i++) {
          String child = add(b, s.children().get(i), counter, intents);
          options.add(intents && i % 2 == 1 ? MenuOption.intent("topic-" + i, child)
              : MenuOption.key(String.valueOf(i + 1), child));
        }
        b.node(new MenuNode.Prompt(id, "Prompt " + id, options));
      }
      case 1 -> b.node(new MenuNode.Answer(id, "Recorded answer " + id));
      case 2 -> b.node(MenuNode.Transfer.to(id, "queue-" + id));
      case 3 -> b.node(new MenuNode.Transfer(id, "queue-" + id, Optional.of("Connecting you, " + id)));
      default -> b.node(new MenuNode.HangUp(id, "Goodbye from " + id));
    }
    return id;
  }
}
