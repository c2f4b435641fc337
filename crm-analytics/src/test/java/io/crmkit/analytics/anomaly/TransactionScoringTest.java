package io.crmkit.analytics.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionScoringTest {
  static Transaction tx(String id, String customer, String group, String amount) {
    return new Transaction(id, customer, group, Money.of(amount, "EUR"));
  }

  @Test
  void anOutlierIsFlaggedWithItsDistanceFromTheCustomersMedianWorkedByHand() {
    // customer amounts 10, 12, 14, 16, 18, 200: median 15, |deviations| 5 3 1 1 3 185 → MAD 3
    // 200 lies (200 − 15) / 3 = 61.7 MADs above; robust z = 0.6745 · 61.67 = 41.59
    List<Transaction> ts = new ArrayList<>();
    String[] amounts = {"10", "12", "14", "16", "18", "200"};
    for (int i = 0; i < amounts.length; i++) {
      ts.add(tx("t" + i, "c1", "retail", amounts[i]));
    }
    List<RiskScore> s = TransactionScoring.defaults().score(ts);
    RiskScore outlier = s.get(5);
    assertThat(outlier.flagged()).isTrue();
    RiskFlag f = outlier.flags().get(0);
    assertThat(f.baseline()).isEqualTo(RiskFlag.Baseline.CUSTOMER);
    assertThat(f.mads()).isCloseTo(185.0 / 3, within(1e-9));
    assertThat(f.robustZ()).isCloseTo(0.6745 * 185 / 3, within(1e-9));
    assertThat(f.reason()).isEqualTo(
        "amount 61.7 MADs above this customer's median 15.00 EUR (robust z 41.59 over 6 transactions)");
    assertThat(outlier.score()).isCloseTo(f.robustZ(), within(1e-9));
    // the ordinary ones are not flagged: 10 is 5/3 MADs below, z −1.12
    assertThat(s.subList(0, 5)).noneMatch(RiskScore::flagged);
    assertThat(s.get(0).score()).isCloseTo(0.6745 * 5 / 3, within(1e-9));
  }

  @Test
  void aNewCustomerIsJudgedByTheirPeerGroupOnly() {
    List<Transaction> ts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ts.add(tx("p" + i, "peer" + i, "smb", String.valueOf(100 + i)));
    }
    ts.add(tx("new", "newbie", "smb", "5000"));
    RiskScore s = TransactionScoring.defaults().score(ts).get(10);
    assertThat(s.flags()).extracting(RiskFlag::baseline).containsExactly(RiskFlag.Baseline.PEER_GROUP);
    assertThat(s.flags().get(0).reason()).contains("above the median 105.00 EUR of peer group 'smb'");
  }

  @Test
  void whenMostAmountsAreEqualTheMeanAbsoluteDeviationStandsIn() {
    List<Transaction> ts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ts.add(tx("t" + i, "c", "g", "20"));
    }
    ts.add(tx("big", "c", "g", "90"));
    // median 20, MAD 0; mean absolute deviation 70 / 7 = 10; z = 70 / (1.253314 · 10) = 5.585
    RiskFlag f = TransactionScoring.defaults().score(ts).get(6).flags().get(0);
    assertThat(f.robustZ()).isCloseTo(70 / (1.253314 * 10), within(1e-9));
    assertThat(f.reason()).startsWith("amount 7.0 mean absolute deviations above");
    List<Transaction> same = ts.subList(0, 6);
    assertThat(TransactionScoring.defaults().score(same)).allSatisfy(r -> assertThat(r.score()).isZero());
  }

  @Test
  void currenciesAreNeverPooledAndSettingsAreChecked() {
    List<Transaction> ts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ts.add(tx("e" + i, "c", "g", String.valueOf(10 + i)));
    }
    ts.add(new Transaction("y", "c", "g", Money.of("1500", "JPY")));
    // the JPY amount has a baseline of one transaction: no score, no flag
    RiskScore yen = TransactionScoring.defaults().score(ts).get(5);
    assertThat(yen.score()).isZero();
    assertThat(yen.flagged()).isFalse();
    assertThatThrownBy(() -> TransactionScoring.of(0, 5)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TransactionScoring.of(3, 2)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("minHistory");
  }
}
