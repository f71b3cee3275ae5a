package com.needlework.command.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.AdjustmentId;
import com.needlework.api.billing.AdjustmentRecordedEvent;
import com.needlework.api.billing.BillingRule;
import com.needlework.api.billing.ChargeCoding;
import com.needlework.api.billing.ChargeEstimate;
import com.needlework.api.billing.ChargeFeeCommand;
import com.needlework.api.billing.ChargePreview;
import com.needlework.api.billing.ChargeVisitCommand;
import com.needlework.api.billing.Charges;
import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.FeeChargedEvent;
import com.needlework.api.billing.FeeId;
import com.needlework.api.billing.FeeKind;
import com.needlework.api.billing.FeeWaivedEvent;
import com.needlework.api.billing.InvoiceIssuedEvent;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.InvoiceVoidedEvent;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.api.billing.PaymentRefundedEvent;
import com.needlework.api.billing.PreviewChargesCommand;
import com.needlework.api.billing.RecordAdjustmentCommand;
import com.needlework.api.billing.RecordPaymentCommand;
import com.needlework.api.billing.RefundPaymentCommand;
import com.needlework.api.billing.ReverseVisitChargesCommand;
import com.needlework.api.billing.VisitChargedEvent;
import com.needlework.api.billing.VisitChargesReversedEvent;
import com.needlework.api.billing.WaiveFeeCommand;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.clinic.ClinicSettings;
import com.needlework.command.insurance.CoverageBilling;
import com.needlework.command.insurance.CoverageBilling.BillingTerms;
import com.needlework.command.patient.CareRecords;
import com.needlework.command.patient.DiagnosisRecords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient's account: the charges of their completed visits, the invoices for what they owe now,
 * their payments, refunds, adjustments and the clinic's fees. Where money goes is the {@link
 * Ledger}'s; how a visit is coded is {@link ChargeCoding}'s.
 */
@Aggregate
class PatientAccount {

  private static final int DAYS_TO_PAY = 30;

  /** The most one payment, refund or adjustment moves: more is a typing mistake at a clinic. */
  private static final Money MOST = Money.of("100000.00");

  private record Charged(LocalDate date, PayerId payerId, Money covered, InvoiceNumber invoice) {}

  private record Fee(VisitId visitId, FeeKind kind, InvoiceNumber invoice, boolean waived) {}

  private record PayerYear(PayerId payerId, int year) {}

  @AggregateIdentifier private AccountId accountId;
  private PatientId patientId;
  private final Ledger ledger = new Ledger();
  private final Map<VisitId, Charged> charged = new HashMap<>();
  private final Map<VisitId, Charges> chargesOf = new HashMap<>();
  private final Map<PayerYear, Money> billedToPayer = new HashMap<>();
  private final Map<FeeId, Fee> fees = new HashMap<>();
  private final Map<PaymentId, PaymentRecordedEvent> payments = new HashMap<>();
  private final Map<AdjustmentId, AdjustmentRecordedEvent> adjustments = new HashMap<>();

  protected PatientAccount() {}

  /** Answers the visit's charges (the same again when it was charged already). */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Charges handle(
      ChargeVisitCommand command,
      ClinicSettings clinic,
      CoverageBilling coverages,
      DiagnosisRecords diagnoses,
      InvoiceNumbers numbers,
      ClinicClock clock) {
    if (charged.containsKey(command.visitId())) {
      return chargesOf.get(command.visitId());
    }
    Coding coding = code(command, clinic, coverages, diagnoses);
    ChargePreview preview = coding.preview();
    apply(
        new VisitChargedEvent(
            command.accountId(),
            command.patientId(),
            command.visitId(),
            command.practitionerId(),
            command.serviceDate(),
            coding.payerId() == null ? null : command.coverage().coverageId(),
            coding.payerId(),
            coding.diagnoses(),
            preview.charges(),
            preview.estimate()));
    invoice(
        command.patientId(),
        command.visitId(),
        "Visit of " + command.serviceDate() + ": self-pay treatment and copay",
        preview.estimate().selfPay().plus(preview.estimate().copay()),
        numbers,
        clock);
    return preview.charges();
  }

  /** What the visit would be charged on the account as it stands; appends nothing. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  ChargePreview handle(
      PreviewChargesCommand command,
      ClinicSettings clinic,
      CoverageBilling coverages,
      DiagnosisRecords diagnoses) {
    return code(command.visit(), clinic, coverages, diagnoses).preview();
  }

  private record Coding(PayerId payerId, Diagnoses diagnoses, ChargePreview preview) {}

  private Coding code(
      ChargeVisitCommand command,
      ClinicSettings clinic,
      CoverageBilling coverages,
      DiagnosisRecords diagnoses) {
    Optional<BillingTerms> terms =
        command.coverage() != null && command.coverage().isCovered()
            ? coverages.billingTermsOf(command.coverage().coverageId())
            : Optional.empty();
    PayerId payer = terms.map(BillingTerms::payerId).orElse(null);
    ChargeCoding.CompletedVisit visit =
        new ChargeCoding.CompletedVisit(
            command.visitType(),
            command.serviceDate(),
            command.complexity(),
            command.needling(),
            terms.map(BillingTerms::rules).orElse(null),
            command.diagnoses() != null
                ? command.diagnoses()
                : diagnoses.currentDiagnoses(command.patientId()),
            payer == null
                ? Money.ZERO
                : billedToPayer.getOrDefault(
                    new PayerYear(payer, command.serviceDate().getYear()), Money.ZERO));
    Charges charges = ChargeCoding.code(visit, clinic.prices());
    return new Coding(
        payer,
        visit.diagnoses(),
        new ChargePreview(
            charges,
            ChargeEstimate.of(charges, terms.map(BillingTerms::costSharing).orElse(null))));
  }

  @CommandHandler
  void handle(ReverseVisitChargesCommand command) {
    Charged visit = charged.get(command.visitId());
    if (visit == null) {
      return;
    }
    String reason = Texts.required(command.reason(), "reason for the reversal", 500);
    apply(new VisitChargesReversedEvent(accountId, patientId, command.visitId(), reason));
    voidInvoice(visit.invoice(), reason);
  }

  /**
   * Answers the payment as recorded: the first recording again when the same payment (the same
   * idempotency key) is sent again with the same details.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  PaymentRecordedEvent handle(
      RecordPaymentCommand command, CareRecords patients, ClinicClock clock) {
    requirePatient(command.patientId(), patients);
    Money amount = positive(command.amount());
    if (command.method() == null) {
      throw Refusal.invalidField("method", "A payment is by CASH, CARD or CHECK");
    }
    String reference = Texts.optional(command.reference(), "reference", 80);
    PaymentRecordedEvent first = payments.get(command.paymentId());
    if (first != null) {
      if (!first.amount().equals(amount)
          || first.method() != command.method()
          || !Objects.equals(first.reference(), reference)
          || !Objects.equals(first.requestedInvoice(), command.invoice())) {
        throw Refusal.conflict(
            "This Idempotency-Key was used for another payment; use a new key for a new payment");
      }
      return first;
    }
    requireOpen(command.invoice());
    PaymentRecordedEvent payment =
        new PaymentRecordedEvent(
            command.accountId(),
            command.patientId(),
            command.paymentId(),
            amount,
            command.method(),
            reference,
            command.invoice(),
            command.takenBy(),
            clock.now(),
            ledger.allocate(amount, command.invoice()));
    apply(payment);
    return payment;
  }

  @CommandHandler
  void handle(RefundPaymentCommand command, ClinicClock clock) {
    if (!ledger.hasPayment(command.paymentId())) {
      throw Refusal.notFound("payment", command.paymentId());
    }
    Money amount = positive(command.amount());
    Money refundable = ledger.refundable(command.paymentId());
    if (amount.compareTo(refundable) > 0) {
      throw Refusal.rule(
          BillingRule.REFUND_ABOVE_PAYMENT,
          "At most " + refundable + " of this payment can be refunded, not " + amount);
    }
    apply(
        new PaymentRefundedEvent(
            accountId,
            patientId,
            command.paymentId(),
            amount,
            Texts.required(command.reason(), "reason for the refund", 500),
            command.refundedBy(),
            clock.now(),
            ledger.takeBack(command.paymentId(), amount)));
  }

  /** Answers the adjustment as recorded, the first recording again for a repeated one. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  AdjustmentRecordedEvent handle(
      RecordAdjustmentCommand command, CareRecords patients, ClinicClock clock) {
    requirePatient(command.patientId(), patients);
    Money amount = positive(command.amount());
    if (command.kind() == null) {
      throw Refusal.invalidField("kind", "An adjustment is a WRITE_OFF or an ADJUSTMENT");
    }
    String reason = Texts.required(command.reason(), "reason for the adjustment", 500);
    AdjustmentRecordedEvent first = adjustments.get(command.adjustmentId());
    if (first != null) {
      if (!first.amount().equals(amount)
          || first.kind() != command.kind()
          || !first.reason().equals(reason)
          || !Objects.equals(first.requestedInvoice(), command.invoice())) {
        throw Refusal.conflict(
            "This Idempotency-Key was used for another adjustment; use a new key for a new one");
      }
      return first;
    }
    requireOpen(command.invoice());
    AdjustmentRecordedEvent adjustment =
        new AdjustmentRecordedEvent(
            command.accountId(),
            command.patientId(),
            command.adjustmentId(),
            command.kind(),
            amount,
            reason,
            command.invoice(),
            command.recordedBy(),
            clock.now(),
            ledger.allocate(amount, command.invoice()));
    apply(adjustment);
    return adjustment;
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      ChargeFeeCommand command, ClinicSettings clinic, InvoiceNumbers numbers, ClinicClock clock) {
    FeeId feeId = FeeId.of(command.visitId(), command.kind());
    boolean chargedAlready = fees.containsKey(feeId);
    Money amount =
        command.kind() == FeeKind.NO_SHOW
            ? clinic.visitFees().noShow()
            : clinic.visitFees().lateCancellation();
    if (chargedAlready || amount.compareTo(Money.ZERO) == 0) {
      return;
    }
    InvoiceNumber number = numbers.next(clock.today().getYear());
    apply(
        new FeeChargedEvent(
            command.accountId(),
            command.patientId(),
            feeId,
            command.visitId(),
            command.kind(),
            amount,
            number));
    issue(
        command.patientId(),
        number,
        command.visitId(),
        command.kind() == FeeKind.NO_SHOW ? "No-show fee" : "Late cancellation fee",
        amount,
        clock);
  }

  @CommandHandler
  void handle(WaiveFeeCommand command) {
    Fee fee = fees.get(command.feeId());
    if (fee == null) {
      throw Refusal.notFound("fee", command.feeId());
    }
    if (fee.waived()) {
      throw Refusal.conflict("The fee is already waived");
    }
    String reason = Texts.required(command.reason(), "reason for waiving the fee", 500);
    apply(new FeeWaivedEvent(accountId, patientId, command.feeId(), reason, command.waivedBy()));
    voidInvoice(fee.invoice(), "Fee waived: " + reason);
  }

  private void invoice(
      PatientId patient,
      VisitId visitId,
      String description,
      Money amount,
      InvoiceNumbers numbers,
      ClinicClock clock) {
    if (amount.compareTo(Money.ZERO) > 0) {
      issue(patient, numbers.next(clock.today().getYear()), visitId, description, amount, clock);
    }
  }

  private void issue(
      PatientId patient,
      InvoiceNumber number,
      VisitId visitId,
      String description,
      Money amount,
      ClinicClock clock) {
    LocalDate today = clock.today();
    apply(
        new InvoiceIssuedEvent(
            accountId,
            patient,
            number,
            visitId,
            description,
            today,
            today.plusDays(DAYS_TO_PAY),
            amount,
            ledger.creditFor(amount)));
  }

  private void voidInvoice(InvoiceNumber number, String reason) {
    ledger
        .invoice(number)
        .filter(invoice -> !invoice.voided())
        .ifPresent(
            invoice ->
                apply(
                    new InvoiceVoidedEvent(accountId, patientId, number, invoice.paid(), reason)));
  }

  private void requireOpen(InvoiceNumber invoice) {
    if (invoice == null) {
      return;
    }
    Ledger.Invoice found =
        ledger
            .invoice(invoice)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        BillingRule.UNKNOWN_INVOICE, "The patient has no invoice " + invoice));
    if (found.open().compareTo(Money.ZERO) == 0) {
      throw Refusal.rule(
          BillingRule.INVOICE_NOT_OPEN, "Invoice " + invoice + " has nothing left to pay");
    }
  }

  private void requirePatient(PatientId patient, CareRecords patients) {
    if (patient == null || patients.snapshot(patient).isEmpty()) {
      throw Refusal.notFound("patient", patient);
    }
  }

  private static Money positive(Money amount) {
    if (amount == null || amount.compareTo(Money.ZERO) <= 0 || amount.compareTo(MOST) > 0) {
      throw Refusal.invalidField(
          "amount", "The amount is more than 0.00 and at most " + MOST + ", such as 30.00");
    }
    return amount;
  }

  @EventSourcingHandler
  void on(VisitChargedEvent event) {
    accountId = event.accountId();
    patientId = event.patientId();
    charged.put(
        event.visitId(),
        new Charged(event.serviceDate(), event.payerId(), event.charges().covered(), null));
    chargesOf.put(event.visitId(), event.charges());
    if (event.payerId() != null) {
      billedToPayer.merge(
          new PayerYear(event.payerId(), event.serviceDate().getYear()),
          event.charges().covered(),
          Money::plus);
    }
  }

  @EventSourcingHandler
  void on(InvoiceIssuedEvent event) {
    accountId = event.accountId();
    patientId = event.patientId();
    ledger.recordInvoice(event.number(), event.amount(), event.creditApplied());
    Charged visit = event.visitId() == null ? null : charged.get(event.visitId());
    if (visit != null && visit.invoice() == null) {
      charged.put(
          event.visitId(),
          new Charged(visit.date(), visit.payerId(), visit.covered(), event.number()));
    }
  }

  @EventSourcingHandler
  void on(VisitChargesReversedEvent event) {
    Charged visit = charged.remove(event.visitId());
    chargesOf.remove(event.visitId());
    if (visit.payerId() != null) {
      billedToPayer.merge(
          new PayerYear(visit.payerId(), visit.date().getYear()),
          Money.ZERO.minus(visit.covered()),
          Money::plus);
    }
  }

  @EventSourcingHandler
  void on(InvoiceVoidedEvent event) {
    ledger.recordVoid(event.number(), event.released());
  }

  @EventSourcingHandler
  void on(PaymentRecordedEvent event) {
    accountId = event.accountId();
    patientId = event.patientId();
    ledger.recordMoneyIn(event.paymentId(), event.amount(), event.allocations());
    payments.put(event.paymentId(), event);
  }

  @EventSourcingHandler
  void on(PaymentRefundedEvent event) {
    ledger.recordRefund(event.paymentId(), event.amount(), event.allocations());
  }

  @EventSourcingHandler
  void on(AdjustmentRecordedEvent event) {
    accountId = event.accountId();
    patientId = event.patientId();
    ledger.recordMoneyIn(null, event.amount(), event.allocations());
    adjustments.put(event.adjustmentId(), event);
  }

  @EventSourcingHandler
  void on(FeeChargedEvent event) {
    accountId = event.accountId();
    patientId = event.patientId();
    fees.put(event.feeId(), new Fee(event.visitId(), event.kind(), event.invoice(), false));
  }

  @EventSourcingHandler
  void on(FeeWaivedEvent event) {
    Fee fee = fees.get(event.feeId());
    fees.put(event.feeId(), new Fee(fee.visitId(), fee.kind(), fee.invoice(), true));
  }
}
