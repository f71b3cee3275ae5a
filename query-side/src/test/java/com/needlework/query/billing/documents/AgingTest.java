package com.needlework.query.billing.documents;

import static com.needlework.query.billing.documents.Documents.TODAY;
import static com.needlework.query.billing.documents.Documents.invoice;
import static com.needlework.query.billing.documents.Documents.voided;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingTest {

  @Test
  void countsWhatIsNotYetDueOrDueTodayAsCurrent() {
    Aging aging =
        Aging.of(
            List.of(
                invoice("INV-1", TODAY, "100.00", "0.00"),
                invoice("INV-2", TODAY.plusDays(12), "40.50", "0.00")),
            TODAY);

    assertThat(aging.current()).isEqualTo(Money.of("140.50"));
    assertThat(aging.total()).isEqualTo(Money.of("140.50"));
  }

  @Test
  void bucketsEachOpenAmountByTheDaysItIsPastDueAtTheEdgesOfEachBucket() {
    Aging aging =
        Aging.of(
            List.of(
                invoice("INV-1", TODAY.minusDays(1), "1.00", "0.00"),
                invoice("INV-2", TODAY.minusDays(30), "2.00", "0.00"),
                invoice("INV-3", TODAY.minusDays(31), "4.00", "0.00"),
                invoice("INV-4", TODAY.minusDays(60), "8.00", "0.00"),
                invoice("INV-5", TODAY.minusDays(61), "16.00", "0.00"),
                invoice("INV-6", TODAY.minusDays(90), "32.00", "0.00"),
                invoice("INV-7", TODAY.minusDays(91), "64.00", "0.00"),
                invoice("INV-8", TODAY.minusDays(400), "128.00", "0.00")),
            TODAY);

    assertThat(aging)
        .isEqualTo(
            new Aging(
                Money.ZERO,
                Money.of("3.00"),
                Money.of("12.00"),
                Money.of("48.00"),
                Money.of("192.00")));
    assertThat(aging.total()).isEqualTo(Money.of("255.00"));
  }

  @Test
  void agesOnlyWhatIsStillOpenOnEachInvoice() {
    Aging aging =
        Aging.of(
            List.of(
                invoice("INV-1", TODAY.minusDays(45), "185.00", "50.00"),
                invoice("INV-2", TODAY.minusDays(45), "150.00", "150.00")),
            TODAY);

    assertThat(aging.days31To60()).isEqualTo(Money.of("135.00"));
    assertThat(aging.total()).isEqualTo(Money.of("135.00"));
  }

  @Test
  void leavesVoidedInvoicesOut() {
    Aging aging = Aging.of(List.of(voided("INV-1", TODAY.minusDays(100), "95.00")), TODAY);

    assertThat(aging.total()).isEqualTo(Money.ZERO);
    assertThat(aging.over90()).isEqualTo(Money.ZERO);
  }

  @Test
  void keepsCentsExact() {
    Aging aging =
        Aging.of(
            List.of(
                invoice("INV-1", TODAY.minusDays(5), "0.10", "0.00"),
                invoice("INV-2", TODAY.minusDays(6), "0.20", "0.00")),
            TODAY);

    assertThat(aging.days1To30()).isEqualTo(Money.of("0.30"));
  }
}
