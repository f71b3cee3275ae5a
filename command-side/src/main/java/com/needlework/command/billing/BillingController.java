package com.needlework.command.billing;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.AdjustmentId;
import com.needlework.api.billing.AdjustmentKind;
import com.needlework.api.billing.AdjustmentRecordedEvent;
import com.needlework.api.billing.Allocation;
import com.needlework.api.billing.FeeId;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentMethod;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.api.billing.RecordAdjustmentCommand;
import com.needlework.api.billing.RecordPaymentCommand;
import com.needlework.api.billing.RefundPaymentCommand;
import com.needlework.api.billing.WaiveFeeCommand;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Money in and out of a patient's account: payments (with an {@code Idempotency-Key}, so a retried
 * request never posts twice), refunds, adjustments and write-offs, fee waivers.
 */
@RestController
record BillingController(Commands commands, BillingLookup lookup) {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  record PaymentBody(
      @NotNull Money amount,
      @NotNull PaymentMethod method,
      String reference,
      InvoiceNumber invoiceNumber) {

    RecordPaymentCommand command(PatientId patient, PaymentId id, String staff) {
      return new RecordPaymentCommand(
          AccountId.of(patient), patient, id, amount, method, reference, invoiceNumber, staff);
    }
  }

  record RefundBody(@NotNull Money amount, String reason) {}

  record AdjustmentBody(
      @NotNull AdjustmentKind kind,
      @NotNull Money amount,
      String reason,
      InvoiceNumber invoiceNumber) {

    RecordAdjustmentCommand command(PatientId patient, AdjustmentId id, String staff) {
      return new RecordAdjustmentCommand(
          AccountId.of(patient), patient, id, kind, amount, reason, invoiceNumber, staff);
    }
  }

  record WaiverBody(String reason) {}

  /** Where money went: each invoice it paid, and what is left over as credit. */
  record Posted(String id, Money amount, List<Allocation> allocations, Money toCredit) {

    static Posted of(UUID id, Money amount, List<Allocation> allocations) {
      Money allocated =
          allocations.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
      return new Posted(id.toString(), amount, allocations, amount.minus(allocated));
    }
  }

  @PostMapping("/api/patients/{patientId}/payments")
  ResponseEntity<Posted> pay(
      @PathVariable("patientId") PatientId patientId,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @Valid @RequestBody PaymentBody body,
      Principal staff) {
    PaymentId paymentId = PostedIds.payment(key, patientId);
    PaymentRecordedEvent payment =
        commands.sendTo("patient", patientId, body.command(patientId, paymentId, staff.getName()));
    return Created.at(
        "/api/payments/" + payment.paymentId(),
        Posted.of(payment.paymentId().value(), payment.amount(), payment.allocations()));
  }

  @PostMapping("/api/payments/{paymentId}/refund")
  ResponseEntity<Map<String, String>> refund(
      @PathVariable("paymentId") PaymentId paymentId,
      @Valid @RequestBody RefundBody body,
      Principal staff) {
    AccountId account =
        lookup.accountOf(paymentId).orElseThrow(() -> Refusal.notFound("payment", paymentId));
    commands.send(
        new RefundPaymentCommand(
            account, paymentId, body.amount(), body.reason(), staff.getName()));
    return Created.at(
        "/api/payments/" + paymentId,
        Map.of("paymentId", paymentId.toString(), "refunded", body.amount().toString()));
  }

  @PostMapping("/api/patients/{patientId}/adjustments")
  ResponseEntity<Posted> adjust(
      @PathVariable("patientId") PatientId patientId,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @Valid @RequestBody AdjustmentBody body,
      Principal staff) {
    AdjustmentId adjustmentId = PostedIds.adjustment(key, patientId);
    AdjustmentRecordedEvent adjustment =
        commands.sendTo(
            "patient", patientId, body.command(patientId, adjustmentId, staff.getName()));
    return Created.at(
        "/api/patients/" + patientId + "/account",
        Posted.of(
            adjustment.adjustmentId().value(), adjustment.amount(), adjustment.allocations()));
  }

  @PostMapping("/api/patients/{patientId}/fees/{feeId}/waive")
  Map<String, String> waive(
      @PathVariable("patientId") PatientId patientId,
      @PathVariable("feeId") FeeId feeId,
      @Valid @RequestBody WaiverBody body,
      Principal staff) {
    commands.sendTo(
        "patient",
        patientId,
        new WaiveFeeCommand(AccountId.of(patientId), feeId, body.reason(), staff.getName()));
    return Map.of("feeId", feeId.toString(), "status", "WAIVED");
  }
}
