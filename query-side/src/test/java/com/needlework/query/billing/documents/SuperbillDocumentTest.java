package com.needlework.query.billing.documents;

import static com.needlework.query.billing.documents.Documents.TODAY;
import static com.needlework.query.billing.documents.Documents.invoice;
import static com.needlework.query.billing.documents.Documents.voided;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.Money;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.billing.documents.SuperbillDocument.Diagnosis;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuperbillDocumentTest {

  private static final PractitionerView PRIYA =
      new PractitionerView(
          PractitionerId.newId(),
          "Priya Natarajan, DPT",
          new WeeklyHours(List.of()),
          Npi.parse("1765432194"));

  @Test
  void numbersTheDiagnosesInOrderNamingTheCommonOnes() {
    SuperbillDocument superbill =
        SuperbillDocument.of(
            Documents.clinic(),
            PRIYA,
            Documents.patient("Ana Rivera"),
            Documents.needlingVisit(false),
            List.of());

    assertThat(superbill.diagnoses())
        .containsExactly(
            new Diagnosis(1, "M54.50", "Low back pain, unspecified"),
            new Diagnosis(2, "M62.830", "Muscle spasm of back"),
            new Diagnosis(3, "G89.29", ""));
    assertThat(superbill.lines()).extracting(DocumentLine::diagnosisPointers).containsOnly("1,2");
  }

  @Test
  void printsWhoTreatedAndWhoBillsWithTheirNpis() {
    SuperbillDocument superbill =
        SuperbillDocument.of(
            Documents.clinic(),
            PRIYA,
            Documents.patient("Ana Rivera"),
            Documents.needlingVisit(false),
            List.of());

    assertThat(superbill.practitionerName()).isEqualTo("Priya Natarajan, DPT");
    assertThat(superbill.practitionerNpi()).isEqualTo("1765432194");
    assertThat(superbill.clinic().npi()).isEqualTo("1234567893");
    assertThat(superbill.clinic().tin()).isEqualTo("94-1234567");
    assertThat(superbill.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(superbill.dateOfBirth()).isEqualTo(LocalDate.of(1980, 1, 2));
  }

  @Test
  void linesCarryTheirCodeDescriptionModifiersUnitsAndFees() {
    SuperbillDocument superbill =
        SuperbillDocument.of(
            Documents.clinic(),
            PRIYA,
            Documents.patient("Ana Rivera"),
            Documents.needlingVisit(false),
            List.of());

    assertThat(superbill.lines())
        .containsExactly(
            new DocumentLine(
                "20561",
                "Needle insertion(s) without injection, 3 or more muscles",
                "GP",
                1,
                Money.of("95.00"),
                Money.of("95.00"),
                "1,2"),
            new DocumentLine(
                "97110",
                "Therapeutic exercise, each 15 minutes",
                "GP",
                2,
                Money.of("45.00"),
                Money.of("90.00"),
                "1,2"));
    assertThat(superbill.total()).isEqualTo(Money.of("185.00"));
  }

  @Test
  void paidIsWhatTheVisitsStandingInvoicesGotAndTheBalanceWhatTheyStillWant() {
    SuperbillDocument superbill =
        SuperbillDocument.of(
            Documents.clinic(),
            PRIYA,
            Documents.patient("Ana Rivera"),
            Documents.needlingVisit(false),
            List.of(
                voided("INV-1", TODAY, "185.00"),
                invoice("INV-2", TODAY.plusDays(30), "185.00", "60.25")));

    assertThat(superbill.paid()).isEqualTo(Money.of("60.25"));
    assertThat(superbill.balance()).isEqualTo(Money.of("124.75"));
  }

  @Test
  void aVisitWithoutAKnownPractitionerOrNpiLeavesThemOut() {
    VisitCharges reversed = Documents.needlingVisit(true);
    SuperbillDocument superbill =
        SuperbillDocument.of(
            Documents.clinic(),
            new PractitionerView(
                PractitionerId.newId(), "New Hire, PT", new WeeklyHours(List.of()), null),
            Documents.patient("Ana Rivera"),
            reversed,
            List.of());
    SuperbillDocument unknown =
        SuperbillDocument.of(
            Documents.clinic(), null, Documents.patient("Ana Rivera"), reversed, List.of());

    assertThat(superbill.practitionerNpi()).isNull();
    assertThat(superbill.reversed()).isTrue();
    assertThat(unknown.practitionerName()).isNull();
    assertThat(unknown.practitionerNpi()).isNull();
  }
}
