package com.needlework.command.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.AdjustmentId;
import com.needlework.api.billing.AdjustmentKind;
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
    return new ChargeVisitCommand(
        accountId,
        patientId,
        visitId,
        practitioner,
        VisitType.NEEDLING_SESSION,
        TODAY,
        null,
        needlingWithExercise(),
        null,
        coverage);
  }

  private Charges selfPayCharges() {
    return ChargeCoding.code(
        new ChargeCoding.CompletedVisit(
            VisitType.NEEDLING_SESSION,
            TODAY,
            null,
            needlingWithExercise(),
            null,
            LOW_BACK_PAIN,
            Money.ZERO),
        PRICES);
  }

  private VisitChargedEvent chargedSelfPay() {
    Charges charges = selfPayCharges();
    return new VisitChargedEvent(
        accountId,
        patientId,
        visitId,
        practitioner,
        TODAY,
        null,
        null,
        LOW_BACK_PAIN,
        charges,
        ChargeEstimate.of(charges, null));
  }

  private InvoiceIssuedEvent invoiced(InvoiceNumber number, String amount, String credit) {
    return new InvoiceIssuedEvent(
        accountId,
        patientId,
        number,
        visitId,
        "Visit of " + TODAY + ": self-pay treatment and copay",
        TODAY,
        TODAY.plusDays(30),
        Money.of(amount),
        Money.of(credit));
  }

  private PaymentRecordedEvent paid(PaymentId payment, String amount, Allocation... allocations) {
    return new PaymentRecordedEvent(
        accountId,
        patientId,
        payment,
        Money.of(amount),
        PaymentMethod.CARD,
        null,
        null,
        "frontdesk",
        NOW,
        List.of(allocations));
  }

  private RecordPaymentCommand pay(PaymentId payment, String amount, InvoiceNumber invoice) {
    return new RecordPaymentCommand(
        accountId,
        patientId,
        payment,
        Money.of(amount),
        PaymentMethod.CARD,
        null,
        invoice,
        "frontdesk");
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
    Charges charges =
        ChargeCoding.code(
            new ChargeCoding.CompletedVisit(
                VisitType.NEEDLING_SESSION,
                TODAY,
                null,
                needlingWithExercise(),
                BLUE_SHIELD,
                LOW_BACK_PAIN,
                Money.ZERO),
            PRICES);
    ChargeEstimate estimate = ChargeEstimate.of(charges, COPAY_30_COINSURANCE_10);
    assertThat(charges.covered()).isEqualTo(Money.of("230.00"));
    assertThat(estimate.copay()).isEqualTo(Money.of("30.00"));
    fixture
        .givenNoPriorActivity()
        .when(charge(VisitCoverage.covered(coverageId, TODAY.withDayOfMonth(1), null)))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new VisitChargedEvent(
                accountId,
                patientId,
                visitId,
                practitioner,
                TODAY,
                coverageId,
                payerId,
                LOW_BACK_PAIN,
                charges,
                estimate),
            invoiced(FIRST, "30.00", "0.00"));
  }

  @Test
  void aVisitChargedTwiceIsChargedOnceAndAnswersTheSameCharges() {
    fixture
        .given(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"))
        .when(charge(VisitCoverage.selfPay("No coverage on file")))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(selfPayCharges());
    assertThat(handedOut).isEmpty();
  }

  @Test
  void aPaymentPaysTheOldestOpenInvoiceAndWhatIsLeftBecomesCredit() {
    PaymentId payment = PaymentId.newId();
    fixture
        .given(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"))
        .when(pay(payment, "250.00", null))
        .expectEvents(paid(payment, "250.00", new Allocation(FIRST, Money.of("230.00"))));
  }

  @Test
  void creditPaysTheNextInvoiceAsItIsIssued() {
    PaymentId payment = PaymentId.newId();
    fixture
        .given(
            chargedSelfPay(),
            invoiced(FIRST, "230.00", "0.00"),
            paid(payment, "250.00", new Allocation(FIRST, Money.of("230.00"))))
        .when(new ChargeFeeCommand(accountId, patientId, visitId, FeeKind.NO_SHOW))
        .expectEvents(
            new FeeChargedEvent(
                accountId,
                patientId,
                FeeId.of(visitId, FeeKind.NO_SHOW),
                visitId,
                FeeKind.NO_SHOW,
                Money.of("75.00"),
                FIRST),
            new InvoiceIssuedEvent(
                accountId,
                patientId,
                FIRST,
                visitId,
                "No-show fee",
                TODAY,
                TODAY.plusDays(30),
                Money.of("75.00"),
                Money.of("20.00")));
  }

  @Test
  void theSamePaymentSentAgainRecordsNothingAndAnswersTheFirst() {
    PaymentId payment = PaymentId.newId();
    PaymentRecordedEvent first = paid(payment, "250.00", new Allocation(FIRST, Money.of("230.00")));
    fixture
        .given(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"), first)
        .when(pay(payment, "250.00", null))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(first);
  }

  @Test
  void thePaymentsIdempotencyKeyWithAnotherAmountIsAConflict() {
    PaymentId payment = PaymentId.newId();
    fixture
        .given(
            chargedSelfPay(),
            invoiced(FIRST, "230.00", "0.00"),
            paid(payment, "250.00", new Allocation(FIRST, Money.of("230.00"))))
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
        new ChargeVisitCommand(
            accountId,
            patientId,
            visitId,
            practitioner,
            VisitType.EVALUATION,
            TODAY,
            EvaluationComplexity.MODERATE,
            null,
            found,
            VisitCoverage.selfPay("No coverage on file"));
    Charges charges =
        ChargeCoding.code(
            new ChargeCoding.CompletedVisit(
                VisitType.EVALUATION,
                TODAY,
                EvaluationComplexity.MODERATE,
                null,
                null,
                found,
                Money.ZERO),
            PRICES);
    assertThat(charges.lines()).extracting(line -> line.code().value()).containsExactly("97162");
    fixture
        .givenNoPriorActivity()
        .when(evaluation)
        .expectEvents(
            new VisitChargedEvent(
                accountId,
                patientId,
                visitId,
                practitioner,
                TODAY,
                null,
                null,
                found,
                charges,
                ChargeEstimate.of(charges, null)),
            new InvoiceIssuedEvent(
                accountId,
                patientId,
                FIRST,
                visitId,
                "Visit of " + TODAY + ": self-pay treatment and copay",
                TODAY,
                TODAY.plusDays(30),
                Money.of("180.00"),
                Money.ZERO));
  }

  @Test
  void aPaymentToAnInvoiceThePatientDoesNotHaveIsRefused() {
    fixture
        .given(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"))
        .when(pay(PaymentId.newId(), "10.00", SECOND))
        .expectException(Refusal.class)
        .expectExceptionMessage(containsString(SECOND.toString()))
        .expectNoEvents();
  }

  @Test
  void aPaymentToAnInvoiceAlreadyPaidIsRefused() {
    PaymentId payment = PaymentId.newId();
    fixture
        .given(
            chargedSelfPay(),
            invoiced(FIRST, "230.00", "0.00"),
            paid(payment, "230.00", new Allocation(FIRST, Money.of("230.00"))))
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
    fixture
        .given(
            chargedSelfPay(),
            invoiced(FIRST, "230.00", "0.00"),
            paid(payment, "250.00", new Allocation(FIRST, Money.of("230.00"))))
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
    fixture
        .given(
            chargedSelfPay(),
            invoiced(FIRST, "230.00", "0.00"),
            paid(payment, "100.00", new Allocation(FIRST, Money.of("100.00"))))
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
    fixture
        .given(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"))
        .when(
            new RecordAdjustmentCommand(
                accountId,
                patientId,
                adjustment,
                AdjustmentKind.WRITE_OFF,
                Money.of("30.00"),
                "Hardship",
                FIRST,
                "ana"))
        .expectEvents(
            new AdjustmentRecordedEvent(
                accountId,
                patientId,
                adjustment,
                AdjustmentKind.WRITE_OFF,
                Money.of("30.00"),
                "Hardship",
                FIRST,
                "ana",
                NOW,
                List.of(new Allocation(FIRST, Money.of("30.00")))));
  }

  @Test
  void aReversedCompletionVoidsTheVisitsInvoiceAndWhatWasPaidOnItBecomesCredit() {
    PaymentId payment = PaymentId.newId();
    fixture
        .given(
            chargedSelfPay(),
            invoiced(FIRST, "230.00", "0.00"),
            paid(payment, "100.00", new Allocation(FIRST, Money.of("100.00"))))
        .when(new ReverseVisitChargesCommand(accountId, visitId, "Completed the wrong visit"))
        .expectEvents(
            new VisitChargesReversedEvent(
                accountId, patientId, visitId, "Completed the wrong visit"),
            new InvoiceVoidedEvent(
                accountId, patientId, FIRST, Money.of("100.00"), "Completed the wrong visit"));
  }

  @Test
  void reversingAVisitThatWasNeverChargedChangesNothing() {
    fixture
        .given(chargedSelfPay(), invoiced(FIRST, "230.00", "0.00"))
        .when(new ReverseVisitChargesCommand(accountId, VisitId.newId(), "Wrong visit"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aFeeIsChargedOncePerVisitAndKind() {
    FeeId fee = FeeId.of(visitId, FeeKind.LATE_CANCELLATION);
    fixture
        .given(
            new FeeChargedEvent(
                accountId,
                patientId,
                fee,
                visitId,
                FeeKind.LATE_CANCELLATION,
                Money.of("50.00"),
                FIRST))
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
    FeeChargedEvent charged =
        new FeeChargedEvent(
            accountId, patientId, fee, visitId, FeeKind.NO_SHOW, Money.of("75.00"), FIRST);
    InvoiceIssuedEvent invoice =
        new InvoiceIssuedEvent(
            accountId,
            patientId,
            FIRST,
            visitId,
            "No-show fee",
            TODAY,
            TODAY.plusDays(30),
            Money.of("75.00"),
            Money.ZERO);
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
        .given(
            new FeeChargedEvent(
                accountId, patientId, fee, visitId, FeeKind.NO_SHOW, Money.of("75.00"), FIRST))
        .when(new WaiveFeeCommand(accountId, fee, " ", "ana"))
        .expectException(Refusal.class)
        .expectNoEvents();
  }
}
