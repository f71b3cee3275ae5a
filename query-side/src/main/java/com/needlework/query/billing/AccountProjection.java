package com.needlework.query.billing;

import com.needlework.api.billing.AdjustmentKind;
import com.needlework.api.billing.AdjustmentRecordedEvent;
import com.needlework.api.billing.Allocation;
import com.needlework.api.billing.ChargeLine;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.billing.FeeChargedEvent;
import com.needlework.api.billing.FeeWaivedEvent;
import com.needlework.api.billing.InvoiceIssuedEvent;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.InvoiceVoidedEvent;
import com.needlework.api.billing.Modifier;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.api.billing.PaymentRefundedEvent;
import com.needlework.api.billing.VisitChargedEvent;
import com.needlework.api.billing.VisitChargesReversedEvent;
import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.query.consistency.ReadModels;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects patients' accounts: each charged visit with its lines, invoices with what was paid on
 * them, payments, policy fees, the credit, and one entry per change to what the patient owes (keyed
 * by the account's event sequence number). An account's events all land in one segment, in order.
 */
@Component
@ProcessingGroup(ReadModels.ACCOUNTS)
class AccountProjection {

  private final JdbcClient jdbc;

  AccountProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A visit charged again after its completion was reversed replaces its reversed charges. */
  @EventHandler
  void on(VisitChargedEvent event) {
    jdbc.sql("DELETE FROM rm_visit_charges WHERE visit_id = :visit")
        .param("visit", event.visitId().value())
        .update();
    jdbc.sql(
            "INSERT INTO rm_visit_charges (visit_id, patient_id, practitioner_id,"
                + " service_date, coverage_id, payer_id, diagnoses, total, covered, self_pay,"
                + " copay, deductible, coinsurance, patient_estimate, payer_estimate)"
                + " VALUES (:visit, :patient, :practitioner, :serviceDate, :coverage, :payer,"
                + " :diagnoses, :total, :covered, :selfPay, :copay, :deductible,"
                + " :coinsurance, :patientEstimate, :payerEstimate)")
        .param("visit", event.visitId().value())
        .param("patient", event.patientId().value())
        .param(
            "practitioner", event.practitionerId() == null ? null : event.practitionerId().value())
        .param("serviceDate", event.serviceDate())
        .param("coverage", event.coverageId() == null ? null : event.coverageId().value())
        .param("payer", event.payerId() == null ? null : event.payerId().value())
        .param(
            "diagnoses",
            event.diagnoses().codes().stream()
                .map(DiagnosisCode::value)
                .collect(Collectors.joining(",")))
        .param("total", event.estimate().total().amount())
        .param("covered", event.estimate().covered().amount())
        .param("selfPay", event.estimate().selfPay().amount())
        .param("copay", event.estimate().copay().amount())
        .param("deductible", event.estimate().deductible().amount())
        .param("coinsurance", event.estimate().coinsurance().amount())
        .param("patientEstimate", event.estimate().patientEstimate().amount())
        .param("payerEstimate", event.estimate().payerEstimate().amount())
        .update();
    List<ChargeLine> lines = event.charges().lines();
    for (int number = 0; number < lines.size(); number++) {
      ChargeLine line = lines.get(number);
      jdbc.sql(
              "INSERT INTO rm_charge_line (visit_id, line_no, code, modifiers, units, unit_price,"
                  + " amount, payer, diagnosis_pointers) VALUES (:visit, :line, :code,"
                  + " :modifiers, :units, :unitPrice, :amount, :payer, :pointers)")
          .param("visit", event.visitId().value())
          .param("line", number + 1)
          .param("code", line.code().value())
          .param(
              "modifiers",
              line.modifiers().stream().map(Modifier::name).collect(Collectors.joining(",")))
          .param("units", line.units())
          .param("unitPrice", line.unitPrice().amount())
          .param("amount", line.amount().amount())
          .param("payer", line.payer().name())
          .param(
              "pointers",
              line.diagnosisPointers().stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(",")))
          .update();
    }
  }

  @EventHandler
  void on(VisitChargesReversedEvent event) {
    jdbc.sql("UPDATE rm_visit_charges SET reversal_reason = :reason WHERE visit_id = :visit")
        .param("visit", event.visitId().value())
        .param("reason", event.reason())
        .update();
  }

  @EventHandler
  void on(InvoiceIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
    jdbc.sql(
            "INSERT INTO rm_invoice (number, patient_id, visit_id, description, issued_on, due_on,"
                + " amount, paid, status) VALUES (:number, :patient, :visit, :description,"
                + " :issuedOn, :dueOn, :amount, :paid, :status) ON CONFLICT (number) DO NOTHING")
        .param("number", event.number().toString())
        .param("patient", event.patientId().value())
        .param("visit", event.visitId() == null ? null : event.visitId().value())
        .param("description", event.description())
        .param("issuedOn", event.issuedOn())
        .param("dueOn", event.dueOn())
        .param("amount", event.amount().amount())
        .param("paid", event.creditApplied().amount())
        .param("status", InvoiceStatus.of(event.amount(), event.creditApplied(), false).name())
        .update();
    changeCredit(event.patientId(), Money.ZERO.minus(event.creditApplied()));
    entry(
        event.patientId(),
        sequence,
        at,
        "INVOICE",
        event.number() + " " + event.description(),
        event.amount(),
        null,
        event.number().toString());
  }

  @EventHandler
  void on(InvoiceVoidedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
    Money amount =
        jdbc.sql("SELECT amount FROM rm_invoice WHERE number = :number")
            .param("number", event.number().toString())
            .query((rs, row) -> new Money(rs.getBigDecimal("amount")))
            .single();
    jdbc.sql(
            "UPDATE rm_invoice SET paid = paid - :released, status = :void, void_reason = :reason"
                + " WHERE number = :number")
        .param("void", InvoiceStatus.VOID.name())
        .param("number", event.number().toString())
        .param("released", event.released().amount())
        .param("reason", event.reason())
        .update();
    changeCredit(event.patientId(), event.released());
    entry(
        event.patientId(),
        sequence,
        at,
        "VOID",
        event.number() + " voided: " + event.reason(),
        Money.ZERO.minus(amount),
        null,
        event.number().toString());
  }

  @EventHandler
  void on(PaymentRecordedEvent event, @SequenceNumber long sequence) {
    jdbc.sql(
            "INSERT INTO rm_payment (payment_id, patient_id, amount, refunded, method, reference,"
                + " taken_by, received_at) VALUES (:payment, :patient, :amount, 0, :method,"
                + " :reference, :takenBy, :receivedAt) ON CONFLICT (payment_id) DO NOTHING")
        .param("payment", event.paymentId().value())
        .param("patient", event.patientId().value())
        .param("amount", event.amount().amount())
        .param("method", event.method().name())
        .param("reference", event.reference())
        .param("takenBy", event.takenBy())
        .param("receivedAt", event.receivedAt().atOffset(ZoneOffset.UTC))
        .update();
    Money allocated = allocate(event.allocations());
    changeCredit(event.patientId(), event.amount().minus(allocated));
    entry(
        event.patientId(),
        sequence,
        event.receivedAt(),
        "PAYMENT",
        "Payment by " + event.method().name().toLowerCase(),
        Money.ZERO.minus(event.amount()),
        event.method().name(),
        event.paymentId().toString());
  }

  @EventHandler
  void on(PaymentRefundedEvent event, @SequenceNumber long sequence) {
    String method =
        jdbc.sql(
                "UPDATE rm_payment SET refunded = refunded + :amount WHERE payment_id = :payment"
                    + " RETURNING method")
            .param("payment", event.paymentId().value())
            .param("amount", event.amount().amount())
            .query(String.class)
            .single();
    Money fromInvoices = Money.ZERO.minus(allocate(event.allocations()));
    changeCredit(event.patientId(), Money.ZERO.minus(event.amount().minus(fromInvoices)));
    entry(
        event.patientId(),
        sequence,
        event.refundedAt(),
        "REFUND",
        "Refund: " + event.reason(),
        event.amount(),
        method,
        event.paymentId().toString());
  }

  @EventHandler
  void on(AdjustmentRecordedEvent event, @SequenceNumber long sequence) {
    Money allocated = allocate(event.allocations());
    changeCredit(event.patientId(), event.amount().minus(allocated));
    entry(
        event.patientId(),
        sequence,
        event.recordedAt(),
        event.kind().name(),
        (event.kind() == AdjustmentKind.WRITE_OFF ? "Write-off: " : "Adjustment: ")
            + event.reason(),
        Money.ZERO.minus(event.amount()),
        null,
        event.adjustmentId().toString());
  }

  @EventHandler
  void on(FeeChargedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_policy_fee (fee_id, patient_id, visit_id, kind, amount, invoice,"
                + " waived) VALUES (:fee, :patient, :visit, :kind, :amount, :invoice, false)"
                + " ON CONFLICT (fee_id) DO NOTHING")
        .param("fee", event.feeId().value())
        .param("patient", event.patientId().value())
        .param("visit", event.visitId().value())
        .param("kind", event.kind().name())
        .param("amount", event.amount().amount())
        .param("invoice", event.invoice().toString())
        .update();
  }

  @EventHandler
  void on(FeeWaivedEvent event) {
    jdbc.sql("UPDATE rm_policy_fee SET waived = true, waiver = :reason WHERE fee_id = :fee")
        .param("fee", event.feeId().value())
        .param("reason", event.reason())
        .update();
  }

  /** Applies money to invoices; answers how much the allocations moved in all. */
  private Money allocate(List<Allocation> allocations) {
    Money moved = Money.ZERO;
    for (Allocation allocation : allocations) {
      InvoiceNumber number = allocation.invoice();
      InvoiceStatus status =
          jdbc.sql(
                  "UPDATE rm_invoice SET paid = paid + :amount WHERE number = :number"
                      + " RETURNING amount, paid, status")
              .param("number", number.toString())
              .param("amount", allocation.amount().amount())
              .query(
                  (rs, row) ->
                      InvoiceStatus.of(
                          new Money(rs.getBigDecimal("amount")),
                          new Money(rs.getBigDecimal("paid")),
                          InvoiceStatus.VOID.name().equals(rs.getString("status"))))
              .single();
      jdbc.sql("UPDATE rm_invoice SET status = :status WHERE number = :number")
          .param("number", number.toString())
          .param("status", status.name())
          .update();
      moved = moved.plus(allocation.amount());
    }
    return moved;
  }

  private void changeCredit(PatientId patient, Money change) {
    jdbc.sql(
            "INSERT INTO rm_account (patient_id, credit) VALUES (:patient, :change)"
                + " ON CONFLICT (patient_id) DO UPDATE SET credit = rm_account.credit + :change")
        .param("patient", patient.value())
        .param("change", change.amount())
        .update();
  }

  private void entry(
      PatientId patient,
      long sequence,
      Instant at,
      String kind,
      String description,
      Money amount,
      String method,
      String reference) {
    jdbc.sql(
            "INSERT INTO rm_account_entry (patient_id, sequence, occurred_at, kind, description,"
                + " amount, method, reference) VALUES (:patient, :sequence, :at, :kind,"
                + " :description, :amount, :method, :reference)"
                + " ON CONFLICT (patient_id, sequence) DO NOTHING")
        .param("patient", patient.value())
        .param("sequence", sequence)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .param("kind", kind)
        .param("description", description)
        .param("amount", amount.amount())
        .param("method", method)
        .param("reference", reference)
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql(
            "TRUNCATE rm_visit_charges, rm_charge_line, rm_invoice, rm_account, rm_account_entry,"
                + " rm_payment, rm_policy_fee")
        .update();
  }
}
