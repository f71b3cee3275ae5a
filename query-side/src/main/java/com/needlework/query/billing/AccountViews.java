package com.needlework.query.billing;

import com.needlework.api.billing.ChargeLine;
import com.needlework.api.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What billing reads of accounts, as the API answers it (money as exact decimal strings). */
public final class AccountViews {

  private AccountViews() {}

  /** A charged visit: its lines and who is expected to pay what. */
  public record VisitCharges(
      String visitId,
      String patientId,
      LocalDate serviceDate,
      String practitionerId,
      String coverageId,
      String payerId,
      List<String> diagnoses,
      List<ChargeLine> lines,
      Money total,
      Money covered,
      Money selfPay,
      Money copay,
      Money deductible,
      Money coinsurance,
      Money patientEstimate,
      Money payerEstimate,
      boolean reversed,
      String reversalReason) {}

  public record Invoice(
      String number,
      String patientId,
      String patientName,
      String visitId,
      String description,
      LocalDate issuedOn,
      LocalDate dueOn,
      Money amount,
      Money paid,
      Money open,
      InvoiceStatus status,
      String voidReason) {}

  /** A change to what the patient owes, with the balance after it. */
  public record Entry(
      Instant at,
      String kind,
      String description,
      Money amount,
      Money balanceAfter,
      String method,
      String reference) {}

  public record PolicyFee(
      String feeId,
      String visitId,
      String kind,
      Money amount,
      String invoiceNumber,
      boolean waived,
      String waiver) {}

  public record Payment(
      String paymentId,
      String patientId,
      Money amount,
      Money refunded,
      String method,
      String reference,
      String takenBy,
      Instant receivedAt) {}

  /**
   * A patient's account: the balance (open invoices less unused credit: negative when the clinic
   * owes the patient), the credit, and how it came to be.
   */
  public record Account(
      String patientId,
      Money balance,
      Money credit,
      Money openInvoices,
      List<Entry> entries,
      List<Invoice> invoices,
      List<VisitCharges> visits,
      List<PolicyFee> fees,
      List<Payment> payments) {}

  /** A visit's lines billed to its coverage, waiting for a claim. */
  public record UnbilledVisit(
      String visitId,
      String patientId,
      String patientName,
      LocalDate serviceDate,
      String coverageId,
      String payerId,
      String payerName,
      List<String> diagnoses,
      List<ChargeLine> lines,
      Money covered) {}

  /** Money taken or given back by one method on a clinic day. */
  public record MethodTotal(
      String method, int payments, Money received, Money refunded, Money net) {}

  /** A clinic-local day's payments and refunds, by method, for the till. */
  public record DayClose(
      LocalDate date,
      List<MethodTotal> methods,
      Money received,
      Money refunded,
      Money net,
      List<Payment> payments) {}

  /** One account in the list of all: whose, what is owed (less credit), the credit, the open. */
  public record AccountBalance(
      String patientId,
      String patientName,
      Money balance,
      Money credit,
      Money openInvoices,
      int openInvoiceCount) {}
}
