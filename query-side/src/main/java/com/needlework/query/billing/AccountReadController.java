package com.needlework.query.billing;

import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.billing.AccountViews.Account;
import com.needlework.query.billing.AccountViews.DayClose;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.AccountViews.Payment;
import com.needlework.query.billing.AccountViews.UnbilledVisit;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.patient.PatientRecords;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Billing's reads: charges, accounts, invoices, payments, the unbilled and the day's close. */
@RestController
class AccountReadController {

  private final AccountRecords accounts;
  private final PatientRecords patients;
  private final ClinicClock clock;
  private final PhiAccessLog audit;

  AccountReadController(
      AccountRecords accounts, PatientRecords patients, ClinicClock clock, PhiAccessLog audit) {
    this.accounts = accounts;
    this.patients = patients;
    this.clock = clock;
    this.audit = audit;
  }

  @GetMapping("/api/visits/{visitId}/charges")
  VisitCharges charges(@PathVariable VisitId visitId) {
    VisitCharges charges =
        accounts.charges(visitId).orElseThrow(() -> Refusal.notFound("charged visit", visitId));
    audit.record("VIEW_CHARGES", "visit=" + visitId);
    return charges;
  }

  @GetMapping("/api/patients/{patientId}/account")
  Account account(@PathVariable PatientId patientId) {
    patients.require(patientId);
    Account account = accounts.account(patientId);
    audit.record("VIEW_ACCOUNT", "patient=" + patientId);
    return account;
  }

  @GetMapping("/api/invoices")
  List<Invoice> invoices(@RequestParam(required = false) String status) {
    List<Invoice> invoices = accounts.invoices(Optional.ofNullable(status).map(this::statusOf));
    audit.record("LIST_INVOICES", status == null ? "all" : "status=" + status);
    return invoices;
  }

  @GetMapping("/api/invoices/{number}")
  Invoice invoice(@PathVariable String number) {
    InvoiceNumber parsed = InvoiceNumber.parse(number);
    Invoice invoice =
        accounts.invoice(parsed).orElseThrow(() -> Refusal.notFound("invoice", parsed));
    audit.record("VIEW_INVOICE", "invoice=" + parsed);
    return invoice;
  }

  @GetMapping("/api/payments/{paymentId}")
  Payment payment(@PathVariable PaymentId paymentId) {
    Payment payment =
        accounts.payment(paymentId).orElseThrow(() -> Refusal.notFound("payment", paymentId));
    audit.record("VIEW_PAYMENT", "payment=" + paymentId);
    return payment;
  }

  @GetMapping("/api/billing/unbilled")
  List<UnbilledVisit> unbilled() {
    List<UnbilledVisit> unbilled = accounts.unbilled();
    audit.record("LIST_UNBILLED", "unbilled");
    return unbilled;
  }

  /** The payments of a clinic-local day (today when no date is given), by method. */
  @GetMapping("/api/billing/day-close")
  DayClose dayClose(@RequestParam(required = false) LocalDate date) {
    DayClose close = accounts.dayClose(date == null ? clock.today() : date, clock.zone());
    audit.record("VIEW_DAY_CLOSE", "date=" + close.date());
    return close;
  }

  private InvoiceStatus statusOf(String raw) {
    try {
      return InvoiceStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException unknown) {
      throw Refusal.invalidField(
          "status", "An invoice status is open, partly_paid, paid or void, not '" + raw + "'");
    }
  }
}
