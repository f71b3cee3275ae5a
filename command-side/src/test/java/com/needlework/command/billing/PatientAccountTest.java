package com.needlework.command.billing;

import static com.needlework.api.billing.AdjustmentKind.WRITE_OFF;
import static com.needlework.api.billing.PaymentMethod.CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.AdjustmentId;
import com.needlework.api.billing.AdjustmentRecordedEvent;
import com.needlework.api.billing.Allocation;
import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.ChargeCoding;
import com.needlework.api.billing.ChargeEstimate;
import com.needlework.api.billing.ChargeFeeCommand;
import com.needlework.api.billing.ChargePreview;
import com.needlework.api.billing.ChargeVisitCommand;
import com.needlework.api.billing.Charges;
import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.billing.Fee;
import com.needlework.api.billing.FeeChargedEvent;
import com.needlework.api.billing.FeeId;
import com.needlework.api.billing.FeeKind;
import com.needlework.api.billing.FeeWaivedEvent;
import com.needlework.api.billing.InvoiceIssuedEvent;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.InvoiceVoidedEvent;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentMethod;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.api.billing.PaymentRefundedEvent;
import com.needlework.api.billing.PreviewChargesCommand;
import com.needlework.api.billing.Prices;
import com.needlework.api.billing.RecordAdjustmentCommand;
import com.needlework.api.billing.RecordPaymentCommand;
import com.needlework.api.billing.RefundPaymentCommand;
import com.needlework.api.billing.ReverseVisitChargesCommand;
import com.needlework.api.billing.VisitChargedEvent;
import com.needlework.api.billing.VisitChargesReversedEvent;
import com.needlework.api.billing.WaiveFeeCommand;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.clinic.ClinicSettings;
import com.needlework.command.insurance.CoverageBilling;
import com.needlework.command.insurance.CoverageBilling.BillingTerms;
import com.needlework.command.patient.CareRecords;
import com.needlework.command.patient.DiagnosisRecords;
import com.needlework.command.scheduling.InMemoryClinicCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final InvoiceNumber FIRST = new InvoiceNumber(2026, 1);
  private static final InvoiceNumber SECOND = new InvoiceNumber(2026, 2);
  private static final Prices PRICES =
      new Prices(
          List.of(
              fee("20560", "75.00"),
              fee("20561", "95.00"),
              fee("97014", "25.00"),
              fee("97110", "45.00"),
              fee("97140", "45.00"),
              fee("97162", "180.00")));
  private static final PayerRules BLUE_SHIELD =
      new PayerRules(true, null, TimedCodeRule.CMS_8_MINUTE, false, null);
  private static final CostSharing COPAY_30_COINSURANCE_10 =
      new CostSharing(Money.of("30.00"), BigDecimal.TEN, Money.ZERO, Money.ZERO);
  private static final Diagnoses LOW_BACK_PAIN =
      Diagnoses.of(List.of(DiagnosisCode.parse("M54.50")));

  private static final ClinicId CLINIC = new ClinicId(UUID.randomUUID());

  private final PatientId patientId = PatientId.newId();
  private final AccountId accountId = AccountId.of(patientId);
  private final VisitId visitId = VisitId.newId();
  private final PractitionerId practitioner = PractitionerId.newId();
  private final CoverageId coverageId = CoverageId.newId();
  private final PayerId payerId = PayerId.newId();
  private final List<Integer> handedOut = new ArrayList<>();
  private VisitFees visitFees = new VisitFees(Money.of("50.00"), Money.of("75.00"));
  private AggregateTestFixture<PatientAccount> fixture;

  private static Fee fee(String code, String price) {
    return new Fee(BillingCode.parse(code), null, Money.of(price), LocalDate.of(2026, 1, 1));
  }

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(PatientAccount.class);
    fixture.registerInjectableResource(
        new ClinicClock(new InMemoryClinicCalendar(), Clock.fixed(NOW, ZoneOffset.UTC)));
    fixture.registerInjectableResource(
        new ClinicSettings() {
          @Override
          public ClinicId clinicId() {
            return CLINIC;
          }

          @Override
          public VisitFees visitFees() {
            return visitFees;
          }

          @Override
          public Prices prices() {
            return PRICES;
          }
        });
    fixture.registerInjectableResource(
        (CoverageBilling)
            coverage ->
                coverage.equals(coverageId)
                    ? Optional.of(
                        new BillingTerms(
                            payerId, "Blue Shield", BLUE_SHIELD, COPAY_30_COINSURANCE_10))
                    : Optional.empty());
    fixture.registerInjectableResource((DiagnosisRecords) patient -> LOW_BACK_PAIN);
    fixture.registerInjectableResource(
        (CareRecords)
            patient ->
                patient.equals(patientId)
                    ? Optional.of(CareSnapshot.notEvaluated())
                    : Optional.empty());
    fixture.registerInjectableResource(
        (InvoiceNumbers)
            year -> {
              handedOut.add(year);
              return new InvoiceNumber(year, handedOut.size());
            });
  }

  /** Three muscles needled with 33 minutes of exercise and 7 of manual therapy. */
  private static NeedlingTreatment needlingWithExercise() {
    return new NeedlingTreatment(
        MusclesNeedled.THREE_OR_MORE, ElectricalStimulation.NONE, 0, 33, 7);
  }

  private ChargeVisitCommand charge(VisitCoverage coverage) {
    return charge(VisitType.NEEDLING_SESSION, null, needlingWithExercise(), null, coverage);
  }

  private ChargeVisitCommand charge(
      VisitType type,
      EvaluationComplexity complexity,
      NeedlingTreatment treatment,
      Diagnoses found,
      VisitCoverage coverage) {
    return new ChargeVisitCommand(
        accountId,
        patientId,
        visitId,
        practitioner,
        type,
        TODAY,
        complexity,
        treatment,
        found,
        coverage);
  }

  private static Charges coded(
      VisitType type,
      EvaluationComplexity complexity,
      NeedlingTreatment treatment,
      PayerRules rules,
      Diagnoses diagnoses) {
    return ChargeCoding.code(
        new ChargeCoding.CompletedVisit(
            type, TODAY, complexity, treatment, rules, diagnoses, Money.ZERO),
        PRICES);
  }

  private static Charges codedNeedling(PayerRules rules) {
    return coded(VisitType.NEEDLING_SESSION, null, needlingWithExercise(), rules, LOW_BACK_PAIN);
  }

  private Charges selfPayCharges() {
    return codedNeedling(null);
  }

  private VisitChargedEvent charged(
      CoverageId coverage,
      PayerId payer,
      Diagnoses diagnoses,
      Charges charges,
      ChargeEstimate estimate) {
    return new VisitChargedEvent(
        accountId,
        patientId,
        visitId,
        practitioner,
        TODAY,
        coverage,
        payer,
        diagnoses,
        charges,
        estimate);
  }

  private VisitChargedEvent chargedSelfPay() {
    Charges charges = selfPayCharges();
    return charged(null, null, LOW_BACK_PAIN, charges, ChargeEstimate.of(charges, null));
  }

  private InvoiceIssuedEvent invoiced(InvoiceNumber number, String amount, String credit) {
    return invoiced(number, "Visit of " + TODAY + ": self-pay treatment and copay", amount, credit);
  }

  private InvoiceIssuedEvent invoicedNoShowFee(String amount, String credit) {
    return invoiced(FIRST, "No-show fee", amount, credit);
  }

  private InvoiceIssuedEvent invoiced(
      InvoiceNumber number, String description, String amount, String credit) {
    return new InvoiceIssuedEvent(
        accountId,
        patientId,
        number,
        visitId,
        description,
        TODAY,
        TODAY.plusDays(30),
        Money.of(amount),
        Money.of(credit));
  }

  private FeeChargedEvent feeCharged(FeeKind kind, String amount) {
    return new FeeChargedEvent(
        accountId, patientId, FeeId.of(visitId, kind), visitId, kind, Money.of(amount), FIRST);
  }

  /** The self-pay visit charged and invoiced as {@link #FIRST}, then the events that followed. */
  private TestExecutor<PatientAccount> givenTheSelfPayInvoice(Object... followedBy) {
    List<Object> events =
        new ArrayList<>(List.of(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00")));
    events.addAll(List.of(followedBy));
    return fixture.given(events);
  }

  private PaymentRecordedEvent paidOnFirst(PaymentId payment, String amount, String allocated) {
    return new PaymentRecordedEvent(
        accountId,
        patientId,
        payment,
        Money.of(amount),
        CARD,
        null,
        null,
        "frontdesk",
        NOW,
        List.of(new Allocation(FIRST, Money.of(allocated))));
  }

  private RecordPaymentCommand pay(PaymentId payment, String amount, InvoiceNumber invoice) {
    return new RecordPaymentCommand(
        accountId, patientId, payment, Money.of(amount), CARD, null, invoice, "frontdesk");
  }

  @Test
  void aSelfPayVisitIsCodedAndInvoicedInFull() {
    // 20561 95.00 + 97110 x2 90.00 + 97140 x1 45.00 (CMS 8-minute rule over 40 timed minutes)
    fixture
        .givenNoPriorActivity()
        .when(charge(VisitCoverage.selfPay("No coverage on file")))
        .expectSuccessfulHandlerExecution()
        .expectEvents(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"))
        .expectResultMessagePayload(selfPayCharges());
  }

  @Test
  void aCoveredVisitInvoicesOnlyTheCopayAndAsksThePayerForTheRest() {
    Charges charges = codedNeedling(BLUE_SHIELD);
    ChargeEstimate estimate = ChargeEstimate.of(charges, COPAY_30_COINSURANCE_10);
    assertThat(charges.covered()).isEqualTo(Money.of("230.00"));
    assertThat(estimate.copay()).isEqualTo(Money.of("30.00"));
    fixture
        .givenNoPriorActivity()
        .when(charge(VisitCoverage.covered(coverageId, TODAY.withDayOfMonth(1), null)))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            charged(coverageId, payerId, LOW_BACK_PAIN, charges, estimate),
            invoiced(FIRST, "30.00", "0.00"));
  }

  @Test
  void aVisitChargedTwiceIsChargedOnceAndAnswersTheSameCharges() {
    givenTheSelfPayInvoice()
        .when(charge(VisitCoverage.selfPay("No coverage on file")))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(selfPayCharges());
    assertThat(handedOut).isEmpty();
  }

  @Test
  void aPaymentPaysTheOldestOpenInvoiceAndWhatIsLeftBecomesCredit() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice()
        .when(pay(payment, "250.00", null))
        .expectEvents(paidOnFirst(payment, "250.00", "230.00"));
  }

  @Test
  void creditPaysTheNextInvoiceAsItIsIssued() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice(paidOnFirst(payment, "250.00", "230.00"))
        .when(new ChargeFeeCommand(accountId, patientId, visitId, FeeKind.NO_SHOW))
        .expectEvents(feeCharged(FeeKind.NO_SHOW, "75.00"), invoicedNoShowFee("75.00", "20.00"));
  }

  @Test
  void theSamePaymentSentAgainRecordsNothingAndAnswersTheFirst() {
    PaymentId payment = PaymentId.newId();
    PaymentRecordedEvent first = paidOnFirst(payment, "250.00", "230.00");
    givenTheSelfPayInvoice(first)
        .when(pay(payment, "250.00", null))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(first);
  }

  @Test
  void thePaymentsIdempotencyKeyWithAnotherAmountIsAConflict() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice(paidOnFirst(payment, "250.00", "230.00"))
        .when(pay(payment, "25.00", null))
        .expectException(Refusal.class)
        .expectExceptionMessage(containsString("Idempotency-Key"))
        .expectNoEvents();
  }

  @Test
  void aPreviewCodesTheVisitAgainstTheAccountAndAppendsNothing() {
    fixture
        .givenNoPriorActivity()
        .when(
            new PreviewChargesCommand(
                accountId, charge(VisitCoverage.selfPay("No coverage on file"))))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(
            new ChargePreview(selfPayCharges(), ChargeEstimate.of(selfPayCharges(), null)));
    assertThat(handedOut).isEmpty();
  }

  @Test
  void anEvaluationIsChargedWithTheDiagnosesItFoundNotTheOlderOnes() {
    Diagnoses found = Diagnoses.of(List.of(DiagnosisCode.parse("M54.16")));
    ChargeVisitCommand evaluation =
        charge(
            VisitType.EVALUATION,
            EvaluationComplexity.MODERATE,
            null,
            found,
            VisitCoverage.selfPay("No coverage on file"));
    Charges charges = coded(VisitType.EVALUATION, EvaluationComplexity.MODERATE, null, null, found);
    assertThat(charges.lines()).extracting(line -> line.code().value()).containsExactly("97162");
    fixture
        .givenNoPriorActivity()
        .when(evaluation)
        .expectEvents(
            charged(null, null, found, charges, ChargeEstimate.of(charges, null)),
            invoiced(FIRST, "180.00", "0.00"));
  }

  @Test
  void aPaymentToAnInvoiceThePatientDoesNotHaveIsRefused() {
    givenTheSelfPayInvoice()
        .when(pay(PaymentId.newId(), "10.00", SECOND))
        .expectException(Refusal.class)
        .expectExceptionMessage(containsString(SECOND.toString()))
        .expectNoEvents();
  }

  @Test
  void aPaymentToAnInvoiceAlreadyPaidIsRefused() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice(paidOnFirst(payment, "230.00", "230.00"))
        .when(pay(PaymentId.newId(), "10.00", FIRST))
        .expectException(Refusal.class)
        .expectExceptionMessage(containsString("nothing left to pay"))
        .expectNoEvents();
  }

  @Test
  void aPaymentOfNothingIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(pay(PaymentId.newId(), "0.00", null))
        .expectException(Refusal.class)
        .expectNoEvents();
  }

  @Test
  void aPaymentForAnUnknownPatientIsRefused() {
    PatientId stranger = PatientId.newId();
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordPaymentCommand(
                AccountId.of(stranger),
                stranger,
                PaymentId.newId(),
                Money.of("10.00"),
                PaymentMethod.CASH,
                null,
                null,
                "frontdesk"))
        .expectException(Refusal.class)
        .expectNoEvents();
  }

  @Test
  void aRefundTakesBackUnusedCreditFirstThenReopensTheNewestInvoiceItPaid() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice(paidOnFirst(payment, "250.00", "230.00"))
        .when(new RefundPaymentCommand(accountId, payment, Money.of("50.00"), "Paid twice", "ana"))
        .expectEvents(
            new PaymentRefundedEvent(
                accountId,
                patientId,
                payment,
                Money.of("50.00"),
                "Paid twice",
                "ana",
                NOW,
                List.of(new Allocation(FIRST, Money.of("-30.00")))));
  }

  @Test
  void noMoreThanWasPaidIsRefunded() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice(paidOnFirst(payment, "100.00", "100.00"))
        .when(new RefundPaymentCommand(accountId, payment, Money.of("100.01"), "Too much", "ana"))
        .expectException(Refusal.class)
        .expectExceptionMessage(containsString("At most 100.00"))
        .expectNoEvents();
  }

  @Test
  void aPaymentTheAccountDoesNotHaveIsNotRefunded() {
    fixture
        .given(chargedSelfPay())
        .when(new RefundPaymentCommand(accountId, PaymentId.newId(), Money.of("1.00"), "x", "ana"))
        .expectException(Refusal.class)
        .expectNoEvents();
  }

  @Test
  void aWriteOffPaysDownTheNamedInvoice() {
    AdjustmentId adjustment = AdjustmentId.newId();
    Money thirty = Money.of("30.00");
    givenTheSelfPayInvoice()
        .when(
            new RecordAdjustmentCommand(
                accountId, patientId, adjustment, WRITE_OFF, thirty, "Hardship", FIRST, "ana"))
        .expectEvents(
            new AdjustmentRecordedEvent(
                accountId,
                patientId,
                adjustment,
                WRITE_OFF,
                thirty,
                "Hardship",
                FIRST,
                "ana",
                NOW,
                List.of(new Allocation(FIRST, thirty))));
  }

  @Test
  void aReversedCompletionVoidsTheVisitsInvoiceAndWhatWasPaidOnItBecomesCredit() {
    PaymentId payment = PaymentId.newId();
    givenTheSelfPayInvoice(paidOnFirst(payment, "100.00", "100.00"))
        .when(new ReverseVisitChargesCommand(accountId, visitId, "Completed the wrong visit"))
        .expectEvents(
            new VisitChargesReversedEvent(
                accountId, patientId, visitId, "Completed the wrong visit"),
            new InvoiceVoidedEvent(
                accountId, patientId, FIRST, Money.of("100.00"), "Completed the wrong visit"));
  }

  @Test
  void reversingAVisitThatWasNeverChargedChangesNothing() {
    givenTheSelfPayInvoice()
        .when(new ReverseVisitChargesCommand(accountId, VisitId.newId(), "Wrong visit"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aFeeIsChargedOncePerVisitAndKind() {
    fixture
        .given(feeCharged(FeeKind.LATE_CANCELLATION, "50.00"))
        .when(new ChargeFeeCommand(accountId, patientId, visitId, FeeKind.LATE_CANCELLATION))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aFeeOfZeroIsNotCharged() {
    visitFees = VisitFees.NONE;
    fixture
        .given(chargedSelfPay())
        .when(new ChargeFeeCommand(accountId, patientId, visitId, FeeKind.NO_SHOW))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aWaivedFeeVoidsItsInvoice() {
    FeeId fee = FeeId.of(visitId, FeeKind.NO_SHOW);
    FeeChargedEvent charged = feeCharged(FeeKind.NO_SHOW, "75.00");
    InvoiceIssuedEvent invoice = invoicedNoShowFee("75.00", "0.00");
    fixture
        .given(charged, invoice)
        .when(new WaiveFeeCommand(accountId, fee, "Car broke down", "ana"))
        .expectEvents(
            new FeeWaivedEvent(accountId, patientId, fee, "Car broke down", "ana"),
            new InvoiceVoidedEvent(
                accountId, patientId, FIRST, Money.ZERO, "Fee waived: Car broke down"));
    fixture
        .given(
            charged,
            invoice,
            new FeeWaivedEvent(accountId, patientId, fee, "Car broke down", "ana"))
        .when(new WaiveFeeCommand(accountId, fee, "Again", "ana"))
        .expectException(Refusal.class)
        .expectNoEvents();
  }

  @Test
  void aWaiverNeedsAReason() {
    FeeId fee = FeeId.of(visitId, FeeKind.NO_SHOW);
    fixture
        .given(feeCharged(FeeKind.NO_SHOW, "75.00"))
        .when(new WaiveFeeCommand(accountId, fee, " ", "ana"))
        .expectException(Refusal.class)
        .expectNoEvents();
  }
}
