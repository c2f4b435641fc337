package io.crmkit.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.audit.StepClock;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoresTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final RecordRef ZOE = new RecordRef("contact", "c-zoë");
  private static final RecordRef LEAD = new RecordRef("lead", "l-1");

  private final CrmStore store = InMemoryStore.create();
  private final StepClock clock = new StepClock(T0);
  private final Scores scores = Scores.of(store.forTenant(ACME), clock);

  @Test
  @DisplayName("every computation is kept; the latest is the one computed last, also as of a past instant")
  void historyAndLatest() {
    Score first = scores.record(ZOE, "churn-risk", 0.31, Optional.of("low"), List.of("ordered 12 days ago"));
    clock.advance(Duration.ofDays(7));
    Score second = scores.record(ZOE, "churn-risk", 0.82, Optional.of("high"), List.of("no order for 200 days", "2 complaints"));
    scores.record(ZOE, "rfm", 345, Optional.of("345"), List.of());

    assertThat(scores.history(ZOE, "churn-risk")).containsExactly(first, second);
    assertThat(scores.latest(ZOE, "churn-risk")).contains(second);
    assertThat(scores.latest(ZOE, "churn-risk", T0.plusSeconds(1))).contains(first);
    assertThat(scores.latest(ZOE, "churn-risk", T0.minusSeconds(1))).isEmpty();
    assertThat(scores.latest(LEAD, "churn-risk")).isEmpty();
    assertThat(scores.latestOf(ZOE).keySet()).containsExactly("churn-risk", "rfm");
    assertThat(second.contributions()).containsExactly("no order for 200 days", "2 complaints");
    assertThat(scores.latestOfType("contact", "churn-risk", clock.instant())).containsOnlyKeys(ZOE).containsValue(second);
    assertThat(scores.latestOfType("lead", "churn-risk", clock.instant())).isEmpty();
  }

  @Test
  @DisplayName("subject, model, value and computed_at are queryable; the value as an exact decimal")
  void queryable() {
    scores.record(ZOE, "lead-fit", 72.5, Optional.of("A"), List.of("+30 industry is software"));
    scores.record(LEAD, "lead-fit", 12, Optional.empty(), List.of());
    var repo = store.forTenant(ACME).repository(Score.TYPE);

    assertThat(repo.query(Criteria.atLeast(Score.VALUE, new BigDecimal("50")))).extracting(Score::subject).containsExactly(ZOE);
    assertThat(repo.count(Criteria.eq(Score.MODEL_NAME, "lead-fit"))).isEqualTo(2);
    assertThat(repo.count(Criteria.eq(Score.BAND, "A"))).isEqualTo(1);
    assertThat(repo.count(Criteria.atMost(Score.COMPUTED_AT, T0))).isEqualTo(2);
    assertThat(Score.TYPE.indexedFields()).extracting(f -> f.ref().name()).contains("subject", "model");
  }

  @Test
  @DisplayName("tenants never see each other's scores")
  void tenants() {
    scores.record(ZOE, "lead-fit", 90, Optional.empty(), List.of());
    Scores globex = Scores.of(store.forTenant(TenantId.of("globex")), clock);
    assertThat(globex.latest(ZOE, "lead-fit")).isEmpty();
    assertThat(globex.latestOfType("contact", "lead-fit", clock.instant())).isEmpty();
    Score foreign = new Score(new ScoreId("s-x"), TenantId.of("globex"), 0, ZOE, "lead-fit", 1, Optional.empty(), T0, List.of());
    assertThatThrownBy(() -> scores.record(foreign)).isInstanceOf(ValidationException.class).hasMessageContaining("tenant");
  }

  @Test
  @DisplayName("scores are facts: a recorded one cannot be recorded again or overwritten with a stale version")
  void versions() {
    Score s = scores.record(ZOE, "lead-fit", 90, Optional.empty(), List.of());
    assertThatThrownBy(() -> scores.record(s)).isInstanceOf(ValidationException.class).hasMessageContaining("version");
    var repo = store.forTenant(ACME).repository(Score.TYPE);
    repo.update(s);
    assertThatThrownBy(() -> repo.update(s)).isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  @DisplayName("bad values are refused, naming the field")
  void validation() {
    assertThatThrownBy(() -> scores.record(ZOE, "Lead Fit", 1, Optional.empty(), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("model").hasMessageContaining("Lead Fit");
    assertThatThrownBy(() -> scores.record(ZOE, "lead-fit", Double.NaN, Optional.empty(), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> scores.record(ZOE, "lead-fit", Double.POSITIVE_INFINITY, Optional.empty(), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> scores.record(ZOE, "lead-fit", 1, Optional.of("  "), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("band");
    assertThatThrownBy(() -> scores.record(ZOE, "lead-fit", 1, Optional.empty(), Collections.nCopies(21, "x")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("contributions");
    assertThatThrownBy(() -> scores.record(ZOE, "lead-fit", 1, Optional.empty(), List.of("ok", " ")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("contributions[1]");
    assertThatThrownBy(() -> scores.latestOfType("Contact", "lead-fit", T0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("subjectType");
    assertThat(scores.latest(ZOE, "lead-fit")).isEmpty();
  }

  @Test
  @DisplayName("a score round-trips through JSON, Unicode contributions included")
  void json() {
    Score s = scores.record(ZOE, "rfm", -0.0, Optional.of("Ü-1"), List.of("Größe: 李 店"));
    assertThat(s.value()).isEqualTo(0.0);
    assertThat(CrmJson.read(CrmJson.write(s), Score.class)).isEqualTo(s);
  }
}
