package io.crmkit.core.access;

import static io.crmkit.core.access.SharingFixtures.ACME;
import static io.crmkit.core.access.SharingFixtures.GLOBEX;
import static io.crmkit.core.access.SharingFixtures.NOW;
import static io.crmkit.core.access.SharingFixtures.dealOf;
import static io.crmkit.core.access.SharingFixtures.share;
import static io.crmkit.core.access.SharingFixtures.spec;
import static io.crmkit.core.access.SharingFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The sharing model")
class SharingModelTest {

  /** The allowed actions of {@code userId} on {@code deal}, checking on the way that the push-down agrees. */
  static Set<Action> allowed(SharingModel model, String userId, Deal deal) {
    return allowed(model, user(userId), deal);
  }

  static Set<Action> allowed(SharingModel model, Principal p, Deal deal) {
    Set<Action> out = EnumSet.noneOf(Action.class);
    for (Action a : Action.values()) {
      boolean decided = model.decide(p, a, Deal.TYPE, deal, NOW).allowed();
      boolean pushed = Deal.TYPE.matcher(model.visibility(p, a, Deal.TYPE, NOW)).test(deal);
      assertThat(pushed).as("push-down of %s for %s on %s", a, p, deal).isEqualTo(decided);
      if (decided) {
        out.add(a);
      }
    }
    return out;
  }

  static final Set<Action> ALL = EnumSet.allOf(Action.class);
  static final Set<Action> READ_ONLY = EnumSet.of(Action.READ);
  static final Set<Action> READ_WRITE = EnumSet.of(Action.READ, Action.CREATE, Action.EDIT);
  static final Set<Action> NOTHING = EnumSet.noneOf(Action.class);

  @Nested
  @DisplayName("ownership")
  class Ownership {
    @Test
    void theOwnerMayDoEverythingAndOthersNothingUnderAPrivateDefault() {
      SharingModel model = SharingFixtures.model();
      Deal deal = dealOf("rep1");
      assertThat(allowed(model, "rep1", deal)).isEqualTo(ALL);
      assertThat(model.decide(user("rep1"), Action.DELETE, Deal.TYPE, deal, NOW).rule()).isEqualTo("owner");
      assertThat(allowed(model, "rep2", deal)).isEqualTo(NOTHING);
      AccessDecision denied = model.decide(user("rep2"), Action.READ, Deal.TYPE, deal, NOW);
      assertThat(denied.rule()).isEqualTo("default-deny");
      assertThat(denied.reason()).contains("rep2", "deal");
    }

    @Test
    void teamMembersShareTheTeamsRecords() {
      SharingModel model = SharingFixtures.model();
      Deal queued = dealOf("team:t-support");
      assertThat(allowed(model, "rep1", queued)).isEqualTo(ALL);
      assertThat(allowed(model, "zoë", queued)).isEqualTo(ALL);
      assertThat(model.decide(user("zoë"), Action.EDIT, Deal.TYPE, queued, NOW).rule()).isEqualTo("team");
      assertThat(allowed(model, "rep2", queued)).isEqualTo(NOTHING);
    }

    @Test
    void aTypeWithoutAnOwnerFieldGrantsNothingThroughOwnership() {
      SharingModel model = SharingFixtures.model();
      Deal deal = dealOf("rep1");
      assertThat(model.decide(user("rep1"), Action.READ, Deal.UNOWNED, deal, NOW).allowed()).isFalse();
      assertThat(model.visibility(user("rep1"), Action.READ, Deal.UNOWNED, NOW)).isEqualTo(Criteria.none());
    }
  }

  @Nested
  @DisplayName("the role hierarchy")
  class Hierarchy {
    @Test
    void managersAboveTheOwnerMayDoEverythingPeersAndJuniorsNothing() {
      SharingModel model = SharingFixtures.model();
      Deal repDeal = dealOf("rep1");
      assertThat(allowed(model, "vp1", repDeal)).isEqualTo(ALL);
      assertThat(allowed(model, "ceo1", repDeal)).isEqualTo(ALL);
      assertThat(model.decide(user("ceo1"), Action.DELETE, Deal.TYPE, repDeal, NOW).rule()).isEqualTo("role-hierarchy");
      assertThat(allowed(model, "rep2", repDeal)).as("a peer in the same role").isEqualTo(NOTHING);
      assertThat(allowed(model, "us1", repDeal)).as("another branch").isEqualTo(NOTHING);
      assertThat(allowed(model, "rep1", dealOf("vp1"))).as("below the owner").isEqualTo(NOTHING);
    }

    @Test
    void aTypeThatDoesNotGrantAccessUsingHierarchiesLeavesManagersOut() {
      SharingModel model = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory())
          .object(ObjectSharing.of("deal", OrgWideDefault.PRIVATE).withHierarchies(false)).build());
      assertThat(allowed(model, "vp1", dealOf("rep1"))).isEqualTo(NOTHING);
      AccessExplanation why = model.explain(user("vp1"), Deal.TYPE, dealOf("rep1"), NOW);
      assertThat(why.checks()).anySatisfy(c -> {
        assertThat(c.rule()).isEqualTo("role-hierarchy");
        assertThat(c.applies()).isFalse();
        assertThat(c.why()).contains("does not grant access using hierarchies");
      });
    }
  }

  @Nested
  @DisplayName("organisation-wide defaults")
  class Defaults {
    @Test
    void publicReadOpensReadingOnlyAndPublicReadWriteNeverDeletion() {
      SharingModel read = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory())
          .object(ObjectSharing.of("deal", OrgWideDefault.PUBLIC_READ)).build());
      assertThat(allowed(read, "us1", dealOf("rep1"))).isEqualTo(READ_ONLY);
      assertThat(read.decide(user("us1"), Action.READ, Deal.TYPE, dealOf("rep1"), NOW).rule()).isEqualTo("owd:deal=PUBLIC_READ");
      AccessDecision edit = read.decide(user("us1"), Action.EDIT, Deal.TYPE, dealOf("rep1"), NOW);
      assertThat(edit.rule()).isEqualTo("default-deny");
      assertThat(edit.reason()).contains("only READ", "owd:deal=PUBLIC_READ", "EDIT needs READ_WRITE");

      SharingModel write = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory())
          .object(ObjectSharing.of("deal", OrgWideDefault.PUBLIC_READ_WRITE)).build());
      assertThat(allowed(write, "us1", dealOf("rep1"))).isEqualTo(READ_WRITE);
      assertThat(write.decide(user("us1"), Action.DELETE, Deal.TYPE, dealOf("rep1"), NOW).reason())
          .contains("DELETE needs the owner, the hierarchy above the owner or modify all");
      assertThat(write.visibility(user("us1"), Action.EDIT, Deal.TYPE, NOW)).isEqualTo(Criteria.all());
    }

    @Test
    void anUnconfiguredTypeIsPrivate() {
      SharingModel model = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory()).build());
      assertThat(allowed(model, "us1", dealOf("rep1"))).isEqualTo(NOTHING);
      assertThat(allowed(model, "rep1", dealOf("rep1"))).isEqualTo(ALL);
    }

    @Test
    void anExternalDefaultMoreOpenThanTheInternalOneIsRefused() {
      assertThatThrownBy(() -> ObjectSharing.of("deal", OrgWideDefault.PUBLIC_READ).withExternalDefault(OrgWideDefault.PUBLIC_READ_WRITE))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("objects.deal.externalDefault");
    }
  }

  @Nested
  @DisplayName("sharing rules")
  class Rules {
    @Test
    void anOwnerBasedRuleSharesTheRecordsOfARoleAndItsSubordinates() {
      SharingModel model = SharingModel.of(spec()
          .rule(SharingRule.ownedBy("emea-to-us", "deal", SharingGroup.roleAndSubordinates("vp-emea"), SharingGroup.role("rep-us"), AccessLevel.READ))
          .build());
      assertThat(allowed(model, "us1", dealOf("rep1"))).isEqualTo(READ_ONLY);
      assertThat(allowed(model, "us1", dealOf("vp1"))).isEqualTo(READ_ONLY);
      assertThat(model.decide(user("us1"), Action.READ, Deal.TYPE, dealOf("rep1"), NOW).rule()).isEqualTo("sharing-rule:emea-to-us");
      assertThat(allowed(model, "us1", dealOf("ceo1"))).isEqualTo(NOTHING);
      assertThat(allowed(model, "rep2", dealOf("rep1"))).as("rep-emea is not the shared-with role").isEqualTo(NOTHING);
    }

    @Test
    void aTeamSourceCoversTheTeamsOwnRecordsAndItsMembersRecords() {
      SharingModel model = SharingModel.of(spec()
          .rule(SharingRule.ownedBy("support-to-vp-us", "deal", SharingGroup.team("t-support"), SharingGroup.user("vp1"), AccessLevel.READ_WRITE))
          .build());
      Directory d = SharingFixtures.directory();
      assertThat(d.membersOf("t-support")).extracting(DirectoryUser::id).containsExactly("rep1", "zoë");
      assertThat(allowed(model, "vp1", dealOf("team:t-support"))).isEqualTo(READ_WRITE);
      assertThat(allowed(model, "vp1", dealOf("zoë"))).isEqualTo(READ_WRITE);
    }

    @Test
    void aCriteriaBasedRuleSharesMatchingRecords() {
      SharingModel model = SharingModel.of(spec()
          .rule(SharingRule.matching("big-emea", "deal",
              Criteria.and(Criteria.eq(Deal.REGION, "emea"), Criteria.atLeast(Deal.AMOUNT, 100_000L)),
              SharingGroup.roleAndSubordinates("vp-us"), AccessLevel.READ_WRITE))
          .build());
      Deal big = Deal.of("d-big", ACME, Owner.user("rep1"), "emea", 250_000);
      Deal small = Deal.of("d-small", ACME, Owner.user("rep1"), "emea", 1_000);
      assertThat(allowed(model, "us1", big)).isEqualTo(READ_WRITE);
      assertThat(model.decide(user("us1"), Action.EDIT, Deal.TYPE, big, NOW).rule()).isEqualTo("sharing-rule:big-emea");
      assertThat(allowed(model, "us1", small)).isEqualTo(NOTHING);
      assertThat(model.visibility(user("us1"), Action.READ, Deal.TYPE, NOW)).isEqualTo(Criteria.or(
          Criteria.in(SharingModel.OWNER, "user:us1"),
          Criteria.and(Criteria.eq(Deal.REGION, "emea"), Criteria.atLeast(Deal.AMOUNT, 100_000L))));
    }

    @Test
    void aCriteriaRuleOverAFieldTheTypeLacksIsNamedInTheError() {
      SharingModel model = SharingModel.of(spec()
          .rule(SharingRule.matching("by-stage", "deal", Criteria.eq(io.crmkit.core.query.FieldRef.text("stage"), "won"),
              SharingGroup.role("rep-us"), AccessLevel.READ))
          .build());
      assertThatThrownBy(() -> model.visibility(user("us1"), Action.READ, Deal.TYPE, NOW))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("rules.by-stage.criteria")
          .hasMessageContaining("stage");
    }

    @Test
    void rulesAreCheckedAgainstTheDirectory() {
      assertThatThrownBy(() -> spec().rule(SharingRule.ownedBy("x", "deal", SharingGroup.role("nope"), SharingGroup.role("rep-us"), AccessLevel.READ)).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("rules.x.source").hasMessageContaining("unknown role nope");
      assertThatThrownBy(() -> spec().rule(SharingRule.ownedBy("x", "deal", SharingGroup.role("ceo"), SharingGroup.team("t-none"), AccessLevel.READ)).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("unknown team t-none");
      SharingRule r = SharingRule.ownedBy("x", "deal", SharingGroup.role("ceo"), SharingGroup.user("us1"), AccessLevel.READ);
      assertThatThrownBy(() -> spec().rule(r).rule(r).build()).hasMessageContaining("rule x is defined twice");
      assertThatThrownBy(() -> SharingRule.ownedBy("x", "deal", SharingGroup.role("ceo"), SharingGroup.user("us1"), AccessLevel.FULL))
          .hasMessageContaining("never FULL");
    }
  }

  @Nested
  @DisplayName("manual shares")
  class ManualShares {
    @Test
    void anActiveShareGrantsItsLevelUntilItExpires() {
      Deal deal = dealOf("rep1");
      RecordShare share = share("sh-1", deal.id().value(), SharingGroup.user("us1"), AccessLevel.READ_WRITE,
          Optional.of(NOW.plus(Duration.ofDays(1))));
      SharingModel model = SharingFixtures.model().withShares(List.of(share));
      assertThat(allowed(model, "us1", deal)).isEqualTo(READ_WRITE);
      assertThat(model.decide(user("us1"), Action.EDIT, Deal.TYPE, deal, NOW).rule()).isEqualTo("manual-share:sh-1");
      assertThat(model.visibility(user("us1"), Action.READ, Deal.TYPE, NOW))
          .isEqualTo(Criteria.or(Criteria.in(SharingModel.OWNER, "user:us1"), Criteria.in(io.crmkit.core.store.EntityType.ID, deal.id().value())));
      assertThat(allowed(model, "us1", dealOf("rep2"))).as("another record").isEqualTo(NOTHING);
      java.time.Instant expiry = NOW.plus(Duration.ofDays(1));
      assertThat(model.decide(user("us1"), Action.READ, Deal.TYPE, deal, expiry).allowed()).as("the expiry is exclusive").isFalse();
      assertThat(model.decide(user("us1"), Action.READ, Deal.TYPE, deal, expiry.minusNanos(1)).allowed()).isTrue();
      assertThat(Deal.TYPE.matcher(model.visibility(user("us1"), Action.READ, Deal.TYPE, expiry)).test(deal)).isFalse();
    }

    @Test
    void aShareToATeamOrRoleReachesItsMembers() {
      Deal deal = dealOf("rep1");
      SharingModel model = SharingFixtures.model().withShares(List.of(
          share("sh-1", deal.id().value(), SharingGroup.team("t-support"), AccessLevel.READ, Optional.empty()),
          share("sh-2", deal.id().value(), SharingGroup.roleAndSubordinates("vp-us"), AccessLevel.READ, Optional.empty())));
      assertThat(allowed(model, "zoë", deal)).isEqualTo(READ_ONLY);
      assertThat(model.decide(user("zoë"), Action.READ, Deal.TYPE, deal, NOW).rule()).isEqualTo("manual-share:sh-1");
      assertThat(allowed(model, "us1", deal)).isEqualTo(READ_ONLY);
      assertThat(allowed(model, "rep2", deal)).isEqualTo(NOTHING);
    }

    @Test
    void sharesOfAnotherTenantOrTwiceTheSameIdAreRefused() {
      RecordShare mine = share("sh-1", "d-1", SharingGroup.user("us1"), AccessLevel.READ, Optional.empty());
      RecordShare theirs = RecordShare.of(new RecordShareId("sh-2"), GLOBEX, "deal", "d-1", SharingGroup.user("us1"), AccessLevel.READ, "x", Optional.empty());
      assertThatThrownBy(() -> SharingFixtures.model().withShares(List.of(theirs))).hasMessageContaining("shares.sh-2.tenantId");
      assertThatThrownBy(() -> SharingFixtures.model().withShares(List.of(mine, mine))).hasMessageContaining("sh-1 is given twice");
    }

    @Test
    void sharesAreStoredLikeAnyAggregate() {
      var tenant = io.crmkit.core.store.memory.InMemoryStore.create().forTenant(ACME);
      var repo = tenant.repository(RecordShare.TYPE);
      RecordShare stored = repo.insert(share("sh-1", "d-1", SharingGroup.user("us1"), AccessLevel.READ, Optional.of(NOW)));
      repo.insert(RecordShare.of(new RecordShareId("sh-2"), ACME, "contact", "c-1", SharingGroup.role("ceo"), AccessLevel.READ, "ceo1", Optional.empty()));
      assertThat(stored.version()).isEqualTo(1);
      List<RecordShare> deals = repo.query(Criteria.eq(RecordShare.ENTITY_TYPE, "deal"));
      assertThat(deals).containsExactly(stored);
      assertThat(repo.query(Criteria.eq(RecordShare.GRANTEE, "role:ceo"))).hasSize(1);
      assertThat(io.crmkit.core.json.CrmJson.read(io.crmkit.core.json.CrmJson.write(stored), RecordShare.class)).isEqualTo(stored);
    }
  }

  @Nested
  @DisplayName("partner users")
  class Partners {
    @Test
    void partnerUsersReadTheRecordsOfTheirPartnerAccountOnly() {
      SharingModel model = SharingFixtures.model();
      Deal registered = dealOf("rep1").withPartner("acc-1");
      assertThat(allowed(model, "p-user", registered)).isEqualTo(READ_ONLY);
      assertThat(model.decide(user("p-user"), Action.READ, Deal.TYPE, registered, NOW).rule()).isEqualTo("partner-account");
      assertThat(allowed(model, "p-other", registered)).isEqualTo(NOTHING);
      assertThat(allowed(model, "p-user", dealOf("rep1"))).isEqualTo(NOTHING);
      assertThat(model.visibility(user("p-user"), Action.READ, Deal.TYPE, NOW))
          .isEqualTo(Criteria.or(Criteria.in(SharingModel.OWNER, "user:p-user"), Criteria.in(Deal.PARTNER, "acc-1")));
    }

    @Test
    void partnerExecutivesAndManagersReachTheirPartnerUsersRecords() {
      SharingModel model = SharingFixtures.model();
      Deal byUser = dealOf("p-user").withPartner("acc-1");
      assertThat(allowed(model, "p-mgr", byUser)).isEqualTo(ALL);
      assertThat(model.decide(user("p-mgr"), Action.EDIT, Deal.TYPE, byUser, NOW).rule()).isEqualTo("partner-hierarchy");
      assertThat(allowed(model, "p-exec", dealOf("p-mgr"))).isEqualTo(ALL);
      assertThat(allowed(model, "p-user", dealOf("p-mgr").withPartner("acc-1"))).isEqualTo(READ_ONLY);
      assertThat(allowed(model, "p-other", dealOf("p-user"))).as("another account's executive").isEqualTo(NOTHING);
    }

    @Test
    void partnerUsersNeverGetTheInternalDefault() {
      SharingModel model = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory())
          .object(ObjectSharing.of("deal", OrgWideDefault.PUBLIC_READ_WRITE).withPartnerField("partner")).build());
      assertThat(allowed(model, "us1", dealOf("rep1"))).isEqualTo(READ_WRITE);
      assertThat(allowed(model, "p-user", dealOf("rep1"))).isEqualTo(NOTHING);
      AccessExplanation why = model.explain(user("p-user"), Deal.TYPE, dealOf("rep1"), NOW);
      assertThat(why.checks()).extracting(RuleCheck::rule).contains("external-owd:deal=PRIVATE").doesNotContain("owd:deal=PUBLIC_READ_WRITE");

      SharingModel open = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory())
          .object(ObjectSharing.of("deal", OrgWideDefault.PUBLIC_READ_WRITE).withExternalDefault(OrgWideDefault.PUBLIC_READ)).build());
      assertThat(allowed(open, "p-user", dealOf("rep1"))).isEqualTo(READ_ONLY);
      assertThat(open.decide(user("p-user"), Action.READ, Deal.TYPE, dealOf("rep1"), NOW).rule()).isEqualTo("external-owd:deal=PUBLIC_READ");
    }

    @Test
    void aPartnerUserCannotHoldAnInternalRole() {
      assertThatThrownBy(() -> new DirectoryUser("p", Optional.of("ceo"), Set.of(), true, Optional.of(new PartnerSeat("acc-1", PartnerRole.USER))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("partner user p");
    }
  }

  @Nested
  @DisplayName("view all, modify all, system and denials")
  class Overrides {
    SharingModel model = SharingModel.of(spec()
        .permission(new ObjectPermission("admin", "deal", ObjectPermission.Scope.MODIFY_ALL))
        .permission(new ObjectPermission("ceo", "deal", ObjectPermission.Scope.VIEW_ALL))
        .build());

    @Test
    void modifyAllOpensEverythingAndViewAllReading() {
      Deal deal = dealOf("us1");
      assertThat(allowed(model, "admin1", deal)).isEqualTo(ALL);
      assertThat(model.decide(user("admin1"), Action.DELETE, Deal.TYPE, deal, NOW).rule()).isEqualTo("modify-all:deal");
      assertThat(model.decide(user("ceo1"), Action.READ, Deal.TYPE, dealOf("someone-gone"), NOW).rule()).isEqualTo("view-all:deal");
      assertThat(allowed(model, "ceo1", dealOf("someone-gone"))).isEqualTo(READ_ONLY);
      assertThat(model.visibility(user("admin1"), Action.DELETE, Deal.TYPE, NOW)).isEqualTo(Criteria.all());
    }

    @Test
    void theSystemIsAllowedAndNamedSo() {
      assertThat(allowed(model, Principal.system(ACME), dealOf("rep1"))).isEqualTo(ALL);
      assertThat(model.decide(Principal.system(ACME), Action.DELETE, Deal.TYPE, dealOf("rep1"), NOW).rule()).isEqualTo("system");
    }

    @Test
    void anotherTenantUnknownAndInactiveUsersAreDeniedWithTheirReason() {
      Deal deal = dealOf("gone");
      assertThat(allowed(model, Principal.user(GLOBEX, "rep1"), dealOf("rep1"))).isEqualTo(NOTHING);
      assertThat(allowed(model, Principal.system(GLOBEX), dealOf("rep1"))).isEqualTo(NOTHING);
      assertThat(model.decide(Principal.user(GLOBEX, "rep1"), Action.READ, Deal.TYPE, dealOf("rep1"), NOW).rule()).isEqualTo("other-tenant");
      assertThat(model.decide(user("gone"), Action.READ, Deal.TYPE, deal, NOW).rule()).isEqualTo("inactive-user");
      assertThat(allowed(model, "gone", deal)).isEqualTo(NOTHING);
      assertThat(model.decide(user("stranger"), Action.READ, Deal.TYPE, deal, NOW).rule()).isEqualTo("unknown-user");
      Deal foreign = Deal.of("d-x", GLOBEX, Owner.user("rep1"), "emea", 1);
      assertThat(model.decide(user("rep1"), Action.READ, Deal.TYPE, foreign, NOW).rule()).isEqualTo("other-tenant");
      assertThat(model.decide(Principal.system(ACME), Action.READ, Deal.TYPE, foreign, NOW).allowed()).isFalse();
    }
  }

  @Nested
  @DisplayName("field-level security")
  class Fields {
    SharingModel model = SharingModel.of(spec()
        .fieldSecurity(FieldSecurity.forRole("contact", "rep-emea", Set.of("custom.salary"), Set.of("email", "custom.salary")))
        .fieldSecurity(FieldSecurity.forEveryone("contact", Set.of("birth_date"), Set.of()))
        .build());

    @Test
    void aRolesHiddenAndReadOnlyFieldsAddToEveryonesEntries() {
      FieldAccess rep = model.fieldAccess(user("rep1"), Contact.TYPE);
      assertThat(rep.hidden()).containsExactlyInAnyOrder("custom.salary", "birth_date");
      assertThat(rep.readOnly()).containsExactly("email");
      assertThat(rep.mayRead("email")).isTrue();
      assertThat(rep.mayEdit("email")).isFalse();
      assertThat(rep.mayEdit("familyName")).isTrue();
      FieldAccess us = model.fieldAccess(user("us1"), Contact.TYPE);
      assertThat(us.hidden()).containsExactly("birth_date");
      assertThat(us.mayEdit("custom.salary")).isTrue();
      assertThat(model.fieldAccess(user("rep1"), Deal.TYPE)).isEqualTo(FieldAccess.all());
    }

    @Test
    void aFieldNameThatIsNoQueryFieldIsNamedInTheError() {
      assertThatThrownBy(() -> FieldSecurity.forEveryone("contact", Set.of("größe"), Set.of()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("fieldSecurity.contact.hidden")
          .hasMessageContaining("'größe'");
    }

    @Test
    void theSystemSeesEveryFieldAndADeniedPrincipalNone() {
      assertThat(model.fieldAccess(Principal.system(ACME), Contact.TYPE)).isEqualTo(FieldAccess.all());
      FieldAccess stranger = model.fieldAccess(Principal.user(GLOBEX, "rep1"), Contact.TYPE);
      assertThat(stranger.mayRead("email")).isFalse();
      assertThat(stranger.mayRead("owner")).isFalse();
      assertThat(model.fieldAccess(user("gone"), Contact.TYPE).mayRead("familyName")).isFalse();
    }
  }

  @Test
  @DisplayName("contacts are decided through their own entity type, with Unicode owners")
  void contacts() {
    SharingModel model = SharingModel.of(SharingModelSpec.builder(ACME, SharingFixtures.directory())
        .object(ObjectSharing.of("contact", OrgWideDefault.PRIVATE)).build());
    Contact c = Contact.builder(new ContactId("c-1"), ACME).name(PersonName.of("Zoë", "Ørsted"))
        .owner(Owner.user("zoë")).createdAt(NOW).updatedAt(NOW).build();
    assertThat(model.decide(user("zoë"), Action.DELETE, Contact.TYPE, c, NOW).rule()).isEqualTo("owner");
    assertThat(model.decide(user("vp-us-nobody"), Action.READ, Contact.TYPE, c, NOW).rule()).isEqualTo("unknown-user");
    assertThat(Contact.TYPE.matcher(model.visibility(user("rep1"), Action.READ, Contact.TYPE, NOW)).test(c)).isFalse();
    assertThat(Contact.TYPE.matcher(model.visibility(user("zoë"), Action.READ, Contact.TYPE, NOW)).test(c)).isTrue();
  }

  @Test
  @DisplayName("an explanation lists every rule considered, which applied and why")
  void explanation() {
    Deal deal = dealOf("rep1").withPartner("acc-1");
    SharingModel model = SharingModel.of(spec()
        .rule(SharingRule.ownedBy("emea-to-us", "deal", SharingGroup.roleAndSubordinates("vp-emea"), SharingGroup.role("rep-us"), AccessLevel.READ))
        .rule(SharingRule.matching("emea-region", "deal", Criteria.eq(Deal.REGION, "emea"), SharingGroup.user("ceo1"), AccessLevel.READ))
        .build())
        .withShares(List.of(
            share("sh-old", deal.id().value(), SharingGroup.user("us1"), AccessLevel.READ_WRITE, Optional.of(NOW.minusSeconds(1))),
            share("sh-new", deal.id().value(), SharingGroup.user("us1"), AccessLevel.READ_WRITE, Optional.empty())));
    AccessExplanation why = model.explain(user("us1"), Deal.TYPE, deal, NOW);
    assertThat(why.decision(Action.READ).rule()).isEqualTo("sharing-rule:emea-to-us");
    assertThat(why.decision(Action.EDIT).rule()).isEqualTo("manual-share:sh-new");
    assertThat(why.decision(Action.DELETE).allowed()).isFalse();
    assertThat(why.applied()).extracting(RuleCheck::rule).containsExactly("sharing-rule:emea-to-us", "manual-share:sh-new");
    assertThat(why.checks()).extracting(RuleCheck::rule).contains(
        "other-tenant", "owner", "role-hierarchy", "owd:deal=PRIVATE", "sharing-rule:emea-region", "manual-share:sh-old");
    assertThat(why.checks()).filteredOn(c -> c.rule().equals("manual-share:sh-old")).singleElement()
        .satisfies(c -> assertThat(c.why()).startsWith("expired at"));
    assertThat(why.checks()).filteredOn(c -> c.rule().equals("sharing-rule:emea-region")).singleElement()
        .satisfies(c -> assertThat(c.why()).contains("user:ceo1", "us1 is not in"));
    assertThat(why.text()).contains("acme/user:us1 on deal d-rep1", "EDIT", "allowed by manual-share:sh-new", "[applies] sharing-rule:emea-to-us");
  }

  @Test
  @DisplayName("the whole model round-trips through CrmJson")
  void json() {
    SharingModelSpec spec = spec()
        .rule(SharingRule.ownedBy("emea-to-us", "deal", SharingGroup.roleAndSubordinates("vp-emea"), SharingGroup.role("rep-us"), AccessLevel.READ))
        .rule(SharingRule.matching("big", "deal", Criteria.atLeast(Deal.AMOUNT, 100_000L), SharingGroup.team("t-support"), AccessLevel.READ_WRITE))
        .permission(new ObjectPermission("admin", "deal", ObjectPermission.Scope.MODIFY_ALL))
        .fieldSecurity(FieldSecurity.forRole("deal", "rep-emea", Set.of("amount"), Set.of()))
        .build();
    String json = io.crmkit.core.json.CrmJson.write(spec);
    assertThat(io.crmkit.core.json.CrmJson.read(json, SharingModelSpec.class)).isEqualTo(spec);
    assertThat(json).contains("\"ROLE_AND_SUBORDINATES\"", "\"OWNED_BY\"", "\"MATCHING\"");
  }
}
