package io.crmkit.testkit.access;

import static io.crmkit.testkit.access.SharingWorlds.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.access.AccessDecision;
import io.crmkit.core.access.AccessExplanation;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.FieldSecurity;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.RecordShare;
import io.crmkit.core.access.RuleCheck;
import io.crmkit.core.access.SharingModel;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.access.SharingRule;
import io.crmkit.core.party.Contact;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.query.Criteria;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the sharing model over random directories, models, rules, shares, principals and instants, on
 * contacts from {@code CrmArbitraries} (Unicode names, custom fields) owned by the directory's users and teams,
 * with {@code accountId} as the partner field.
 */
class SharingModelProperties {

  static final Set<String> GRANTING = Set.of("system", "owner", "team", "role-hierarchy", "partner-hierarchy", "partner-account");
  static final Set<String> DENYING = Set.of("default-deny", "other-tenant", "unknown-user", "inactive-user");

  @Provide
  Arbitrary<SharingWorlds.World> worlds() {
    return SharingWorlds.worlds();
  }

  @Property(tries = 300)
  void theVisibilityCriteriaAreTheDecisionForEveryAction(@ForAll("worlds") SharingWorlds.World w) {
    SharingModel model = w.model();
    for (Action a : Action.values()) {
      Criteria visible = model.visibility(w.principal(), a, Contact.TYPE, w.at());
      Predicate<Contact> matcher = Contact.TYPE.matcher(visible);
      for (Contact d : w.contacts()) {
        AccessDecision decision = model.decide(w.principal(), a, Contact.TYPE, d, w.at());
        assertThat(matcher.test(d)).as("%s %s on %s: %s, pushed down as %s", w.principal(), a, d, decision, visible)
            .isEqualTo(decision.allowed());
      }
    }
  }

  @Property(tries = 200)
  void theCriteriaStaySmallWithOneOwnerTermAndOneIdTerm(@ForAll("worlds") SharingWorlds.World w) {
    Criteria visible = w.model().visibility(w.principal(), Action.READ, Contact.TYPE, w.at());
    long ownerTerms = visible.fields().stream().filter(f -> f.name().equals("owner")).count();
    long criteriaRuleOwnerTerms = w.spec().rules().stream()
        .filter(r -> r.source() instanceof SharingRule.Matching)
        .mapToLong(r -> ((SharingRule.Matching) r.source()).criteria().fields().stream().filter(f -> f.name().equals("owner")).count())
        .sum();
    assertThat(ownerTerms).isLessThanOrEqualTo(1 + criteriaRuleOwnerTerms);
    assertThat(visible.fields().stream().filter(f -> f.name().equals("id")).count()).isLessThanOrEqualTo(1);
  }

  @Property(tries = 150)
  void aSharingRuleOrAManualShareNeverTakesAccessAway(@ForAll("worlds") SharingWorlds.World w) {
    SharingModel before = w.model();
    SharingModel withRule = SharingModel.of(w.spec().withRule(w.extraRule())).withShares(w.shares());
    List<RecordShare> more = new ArrayList<>(w.shares());
    more.add(w.extraShare());
    SharingModel withShare = before.withShares(more);
    for (Action a : Action.values()) {
      for (Contact d : w.contacts()) {
        if (before.decide(w.principal(), a, Contact.TYPE, d, w.at()).allowed()) {
          assertThat(withRule.decide(w.principal(), a, Contact.TYPE, d, w.at()).allowed()).as("with %s", w.extraRule()).isTrue();
          assertThat(withShare.decide(w.principal(), a, Contact.TYPE, d, w.at()).allowed()).as("with %s", w.extraShare()).isTrue();
        }
      }
    }
  }

  @Property(tries = 200)
  void expiredSharesGrantNothing(@ForAll("worlds") SharingWorlds.World w) {
    List<RecordShare> expired = w.shares().stream()
        .map(s -> new RecordShare(s.id(), s.tenantId(), s.version(), s.entityType(), s.recordId(), s.grantee(), s.level(),
            s.grantedBy(), Optional.of(w.at().minusNanos(s.id().value().length()))))
        .toList();
    SharingModel none = SharingModel.of(w.spec());
    SharingModel stale = none.withShares(expired);
    for (Action a : Action.values()) {
      assertThat(stale.visibility(w.principal(), a, Contact.TYPE, w.at())).isEqualTo(none.visibility(w.principal(), a, Contact.TYPE, w.at()));
      for (Contact d : w.contacts()) {
        assertThat(stale.decide(w.principal(), a, Contact.TYPE, d, w.at())).isEqualTo(none.decide(w.principal(), a, Contact.TYPE, d, w.at()));
      }
    }
  }

  @Property(tries = 200)
  void aPrincipalOfAnotherTenantGetsNothing(@ForAll("worlds") SharingWorlds.World w) {
    SharingModel model = w.model();
    Principal foreign = w.principal().isSystem()
        ? Principal.system(TenantId.of("globex"))
        : Principal.user(TenantId.of("globex"), w.principal().userId());
    for (Action a : Action.values()) {
      assertThat(model.visibility(foreign, a, Contact.TYPE, w.at())).isEqualTo(Criteria.none());
      for (Contact d : w.contacts()) {
        assertThat(model.decide(foreign, a, Contact.TYPE, d, w.at()).rule()).isEqualTo("other-tenant");
        Contact theirs = Contact.builder(d.id(), TenantId.of("globex")).name(d.name()).owner(d.owner())
            .createdAt(d.createdAt()).updatedAt(d.updatedAt()).build();
        assertThat(model.decide(w.principal(), a, Contact.TYPE, theirs, w.at()).allowed()).isFalse();
      }
    }
    assertThat(model.fieldAccess(foreign, Contact.TYPE).mayRead("familyName")).isFalse();
  }

  @Property(tries = 200)
  void everyDecisionNamesItsRuleAndDeleteNeedsOwnershipHierarchyOrModifyAll(@ForAll("worlds") SharingWorlds.World w) {
    SharingModel model = w.model();
    for (Action a : Action.values()) {
      for (Contact d : w.contacts()) {
        AccessDecision decision = model.decide(w.principal(), a, Contact.TYPE, d, w.at());
        String rule = decision.rule();
        if (decision.allowed()) {
          assertThat(GRANTING.contains(rule) || rule.startsWith("owd:") || rule.startsWith("external-owd:")
              || rule.startsWith("sharing-rule:") || rule.startsWith("manual-share:") || rule.startsWith("view-all:")
              || rule.startsWith("modify-all:")).as(rule).isTrue();
          if (a == Action.DELETE) {
            assertThat(rule).isIn("system", "owner", "team", "role-hierarchy", "partner-hierarchy", "modify-all:contact");
          }
          if (w.principal().isSystem()) {
            assertThat(rule).isEqualTo("system");
          }
        } else {
          assertThat(rule).isIn(DENYING);
        }
        AccessExplanation why = model.explain(w.principal(), Contact.TYPE, d, w.at());
        assertThat(why.decision(a)).isEqualTo(decision);
        if (decision.allowed() && !rule.equals("system")) {
          assertThat(why.applied()).extracting(RuleCheck::rule).contains(rule);
        }
      }
    }
  }

  @Property(tries = 200)
  void partnerUsersNeverGetTheInternalDefault(@ForAll("worlds") SharingWorlds.World w) {
    SharingModel model = w.model();
    Optional<DirectoryUser> user = w.spec().directory().user(w.principal().userId());
    if (user.isPresent() && user.get().hasPartnerSeat() && !w.principal().isSystem()) {
      for (Action a : Action.values()) {
        for (Contact d : w.contacts()) {
          assertThat(model.decide(w.principal(), a, Contact.TYPE, d, w.at()).rule()).doesNotStartWith("owd:");
        }
      }
    }
  }

  @Property(tries = 200)
  void fieldAccessIsTheUnionOfTheEntriesThatApply(@ForAll("worlds") SharingWorlds.World w) {
    SharingModel model = w.model();
    FieldAccess access = model.fieldAccess(w.principal(), Contact.TYPE);
    for (String f : SharingWorlds.FIELDS) {
      if (access.mayEdit(f)) {
        assertThat(access.mayRead(f)).isTrue();
      }
    }
    assertThat(model.fieldAccess(w.principal(), Contact.TYPE)).isEqualTo(access);
    Optional<DirectoryUser> user = w.spec().directory().user(w.principal().userId());
    if (w.principal().tenant().equals(TENANT) && (w.principal().isSystem())) {
      assertThat(access).isEqualTo(FieldAccess.all());
    } else if (w.principal().tenant().equals(TENANT) && user.isPresent() && user.get().active()) {
      Set<String> hidden = new HashSet<>();
      for (FieldSecurity fs : w.spec().fieldSecurity()) {
        if (fs.role().isEmpty() || fs.role().equals(user.get().role())) {
          hidden.addAll(fs.hidden());
          fs.readOnly().forEach(r -> assertThat(access.mayEdit(r)).isFalse());
        }
      }
      assertThat(access.hidden()).isEqualTo(hidden);
    } else {
      assertThat(access.mayRead("familyName")).isFalse();
    }
  }

  @Property(tries = 100)
  void specsAndSharesRoundTripThroughJson(@ForAll("worlds") SharingWorlds.World w) {
    assertThat(CrmJson.read(CrmJson.write(w.spec()), SharingModelSpec.class)).isEqualTo(w.spec());
    for (RecordShare s : w.shares()) {
      assertThat(CrmJson.read(CrmJson.write(s), RecordShare.class)).isEqualTo(s);
    }
  }
}
