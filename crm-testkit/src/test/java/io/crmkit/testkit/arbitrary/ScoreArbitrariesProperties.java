package io.crmkit.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.ScoreRange;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The score generators make valid, varied values: Unicode contributions, extreme values, histories with ties and later scores. */
class ScoreArbitrariesProperties {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final List<RecordRef> PEOPLE = List.of(new RecordRef("contact", "a"), new RecordRef("contact", "ü"));

  @Provide
  Arbitrary<Score> scores() {
    return ScoreArbitraries.scores(TENANT);
  }

  @Property(tries = 100)
  void scoresAreValidAndRoundTripThroughJson(@ForAll("scores") Score s) {
    assertThat(s.tenantId()).isEqualTo(TENANT);
    assertThat(Double.isFinite(s.value())).isTrue();
    assertThat(s.contributions()).hasSizeLessThanOrEqualTo(Score.MAX_CONTRIBUTIONS);
    assertThat(CrmJson.read(CrmJson.write(s), Score.class)).isEqualTo(s);
  }

  @Property(tries = 1)
  void theGeneratorsAreVaried() {
    List<Score> many = ScoreArbitraries.scores(TENANT).sampleStream().limit(300).toList();
    assertThat(many).anyMatch(s -> s.value() < 0).anyMatch(s -> s.value() == 0).anyMatch(s -> s.value() > 1e300)
        .anyMatch(s -> s.band().isEmpty()).anyMatch(s -> s.contributions().isEmpty())
        .anyMatch(s -> s.contributions().stream().anyMatch(c -> c.codePoints().anyMatch(cp -> cp > 127)))
        .anyMatch(s -> !ScoreArbitraries.MODELS.contains(s.model()));
    List<List<Score>> histories = ScoreArbitraries.histories(TENANT, PEOPLE, NOW).sampleStream().limit(200).toList();
    assertThat(histories).anyMatch(List::isEmpty)
        .anyMatch(h -> h.stream().anyMatch(s -> s.computedAt().isAfter(NOW)))
        .anyMatch(h -> h.stream().map(s -> s.subject() + s.model() + s.computedAt()).distinct().count() < h.size());
    List<ScoreRange> ranges = ScoreArbitraries.ranges().sampleStream().limit(200).toList();
    assertThat(ranges).anyMatch(r -> r.lower().isEmpty()).anyMatch(r -> r.upper().isEmpty()).anyMatch(r -> !r.lowerInclusive())
        .anyMatch(r -> r.lower().isPresent() && r.upper().isPresent());
  }
}
