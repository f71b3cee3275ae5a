package com.needlework.query.billing.documents;

import static com.needlework.query.billing.documents.Documents.PATIENT;
import static com.needlework.query.billing.documents.Documents.TODAY;
import static com.needlework.query.billing.documents.Documents.ZONE;
import static com.needlework.query.billing.documents.Documents.invoice;
import static com.needlework.query.billing.documents.Documents.voided;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.Money;
import com.needlework.query.billing.AccountViews.Account;
import com.needlework.query.billing.AccountViews.Entry;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.billing.documents.StatementDocument.Activity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementDocumentTest {

  private static Entry entry(Instant at, String kind, String description, String amount) {
    return new Entry(at, kind, description, Money.of(amount), Money.ZERO, null, null);
  }

  private static Account account(List<Invoice> invoices, List<Entry> entries, String credit) {
    Money open = invoices.stream().map(Invoice::open).reduce(Money.ZERO, Money::plus);
    Money unused = Money.of(credit);
    return new Account(
        PATIENT,
        open.minus(unused),
        unused,
        open,
        entries,
        invoices,
        List.of(Documents.needlingVisit(false), Documents.needlingVisit(true)),
        List.of(),
        List.of());
  }

  @Test
  void printsTheClinicsBillingIdentityAndThePatient() {
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinic(),
            Documents.patient("Ana Rivera"),
            account(List.of(), List.of(), "0.00"),
            TODAY,
            ZONE);

    assertThat(statement.clinic().npi()).isEqualTo("1234567893");
    assertThat(statement.clinic().tin()).isEqualTo("94-1234567");
    assertThat(statement.clinic().addressLines())
        .containsExactly("2200 Mission Street", "Suite 3", "San Francisco, CA 94110-1234");
    assertThat(statement.patientName()).isEqualTo("Ana Rivera");
    assertThat(statement.dateOfBirth()).isEqualTo(LocalDate.of(1980, 1, 2));
    assertThat(statement.statementDate()).isEqualTo(TODAY);
  }

  @Test
  void listsEachVisitWithItsLinesAndWhoIsExpectedToPayMarkingTheReversedOne() {
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinic(),
            Documents.patient("Ana Rivera"),
            account(List.of(), List.of(), "0.00"),
            TODAY,
            ZONE);

    assertThat(statement.visits()).hasSize(2);
    StatementDocument.Visit visit = statement.visits().get(0);
    assertThat(visit.lines())
        .extracting(DocumentLine::code, DocumentLine::modifiers, DocumentLine::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("20561", "GP", 1),
            org.assertj.core.groups.Tuple.tuple("97110", "GP", 2));
    assertThat(visit.lines().get(1).amount()).isEqualTo(Money.of("90.00"));
    assertThat(visit.lines().get(1).description())
        .isEqualTo("Therapeutic exercise, each 15 minutes");
    assertThat(visit.total()).isEqualTo(Money.of("185.00"));
    assertThat(visit.patientEstimate()).isEqualTo(Money.of("185.00"));
    assertThat(visit.payerEstimate()).isEqualTo(Money.ZERO);
    assertThat(visit.reversed()).isFalse();
    assertThat(statement.visits().get(1).reversed()).isTrue();
  }

  @Test
  void listsOnlyMoneyPaidGivenBackOrTakenOffDatedInTheClinicsZone() {
    Instant eveningInCalifornia = Instant.parse("2026-12-02T02:30:00Z");
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinic(),
            Documents.patient("Ana Rivera"),
            account(
                List.of(),
                List.of(
                    entry(eveningInCalifornia, "INVOICE", "INV-1 Visit", "185.00"),
                    entry(eveningInCalifornia, "PAYMENT", "Payment by card", "-50.00"),
                    entry(eveningInCalifornia, "REFUND", "Refund: overpaid", "10.00"),
                    entry(eveningInCalifornia, "WRITE_OFF", "Write-off: courtesy", "-5.00"),
                    entry(eveningInCalifornia, "VOID", "INV-1 voided: mistake", "-185.00")),
                "0.00"),
            TODAY,
            ZONE);

    assertThat(statement.activity())
        .containsExactly(
            new Activity(LocalDate.of(2026, 12, 1), "Payment by card", Money.of("-50.00")),
            new Activity(LocalDate.of(2026, 12, 1), "Refund: overpaid", Money.of("10.00")),
            new Activity(LocalDate.of(2026, 12, 1), "Write-off: courtesy", Money.of("-5.00")));
  }

  @Test
  void listsTheVisitsOfOneDayInTheOrderTheirInvoicesWereIssued() {
    VisitCharges needling = Documents.needlingVisit(false);
    VisitCharges evaluation =
        new VisitCharges(
            UUID.randomUUID().toString(),
            PATIENT,
            needling.serviceDate(),
            null,
            null,
            null,
            List.of(),
            List.of(Documents.line("97161", 1, "150.00")),
            Money.of("150.00"),
            Money.ZERO,
            Money.of("150.00"),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.of("150.00"),
            Money.ZERO,
            false,
            null);
    Invoice first = invoice("INV-2026-000001", TODAY, "150.00", "0.00");
    Invoice second = invoice("INV-2026-000002", TODAY, "185.00", "0.00");
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinic(),
            Documents.patient("Ana Rivera"),
            new Account(
                PATIENT,
                Money.of("335.00"),
                Money.ZERO,
                Money.of("335.00"),
                List.of(),
                List.of(
                    withVisit(second, needling.visitId()), withVisit(first, evaluation.visitId())),
                List.of(needling, evaluation),
                List.of(),
                List.of()),
            TODAY,
            ZONE);

    assertThat(statement.visits())
        .extracting(StatementDocument.Visit::total)
        .containsExactly(Money.of("150.00"), Money.of("185.00"));
  }

  private static Invoice withVisit(Invoice invoice, String visitId) {
    return new Invoice(
        invoice.number(),
        invoice.patientId(),
        invoice.patientName(),
        visitId,
        invoice.description(),
        invoice.issuedOn(),
        invoice.dueOn(),
        invoice.amount(),
        invoice.paid(),
        invoice.open(),
        invoice.status(),
        invoice.voidReason());
  }

  @Test
  void dueDateIsTheEarliestDueDateOfWhatIsStillOpen() {
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinic(),
            Documents.patient("Ana Rivera"),
            account(
                List.of(
                    invoice("INV-1", TODAY.minusDays(40), "150.00", "150.00"),
                    voided("INV-2", TODAY.minusDays(35), "95.00"),
                    invoice("INV-3", TODAY.minusDays(10), "185.00", "50.00"),
                    invoice("INV-4", TODAY.plusDays(20), "90.00", "0.00")),
                List.of(),
                "0.00"),
            TODAY,
            ZONE);

    assertThat(statement.dueDate()).isEqualTo(TODAY.minusDays(10));
    assertThat(statement.balanceDue()).isEqualTo(Money.of("225.00"));
    assertThat(statement.aging().days1To30()).isEqualTo(Money.of("135.00"));
    assertThat(statement.aging().current()).isEqualTo(Money.of("90.00"));
    assertThat(statement.invoices())
        .extracting(StatementDocument.StatementInvoice::status)
        .containsExactly("Paid", "Void", "Partly paid", "Open");
    assertThat(statement.inCredit()).isFalse();
  }

  @Test
  void aPatientInCreditOwesNothingAndHasNoDueDate() {
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinic(),
            Documents.patient("Ana Rivera"),
            account(
                List.of(invoice("INV-1", TODAY.minusDays(40), "150.00", "150.00")),
                List.of(),
                "25.00"),
            TODAY,
            ZONE);

    assertThat(statement.dueDate()).isNull();
    assertThat(statement.inCredit()).isTrue();
    assertThat(statement.creditBalance()).isEqualTo(Money.of("25.00"));
    assertThat(statement.aging().total()).isEqualTo(Money.ZERO);
  }

  @Test
  void aClinicWithoutABillingIdentityPrintsItsNameOnly() {
    StatementDocument statement =
        StatementDocument.of(
            Documents.clinicWithoutBillingIdentity(),
            Documents.patient("Ana Rivera"),
            account(List.of(), List.of(), "0.00"),
            TODAY,
            ZONE);

    assertThat(statement.clinic())
        .isEqualTo(new ClinicHeader("Needlework Demo Clinic", null, List.of(), null, null));
  }
}
