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
record AccountReadController(
    AccountRecords accounts, PatientRecords patients, ClinicClock clock, PhiAccessLog audit) {

  @GetMapping("/api/visits/{visitId}/charges")
  VisitCharges charges(@PathVariable VisitId visitId) {
    return found(accounts.charges(visitId), "charged visit", "VIEW_CHARGES", "visit", visitId);
  }

  @GetMapping("/api/patients/{patientId}/account")
  Account account(@PathVariable PatientId patientId) {
    patients.require(patientId);
    return audited(accounts.account(patientId), "VIEW_ACCOUNT", "patient=" + patientId);
  }

  @GetMapping("/api/invoices")
  List<Invoice> invoices(@RequestParam(required = false) String status) {
    return audited(
        accounts.invoices(Optional.ofNullable(status).map(this::statusOf)),
        "LIST_INVOICES",
        status == null ? "all" : "status=" + status);
  }

  @GetMapping("/api/invoices/{number}")
  Invoice invoice(@PathVariable String number) {
    InvoiceNumber parsed = InvoiceNumber.parse(number);
    return found(accounts.invoice(parsed), "invoice", "VIEW_INVOICE", "invoice", parsed);
  }

  @GetMapping("/api/payments/{paymentId}")
  Payment payment(@PathVariable PaymentId paymentId) {
    return found(accounts.payment(paymentId), "payment", "VIEW_PAYMENT", "payment", paymentId);
  }

  @GetMapping("/api/billing/unbilled")
  List<UnbilledVisit> unbilled() {
    return audited(accounts.unbilled(), "LIST_UNBILLED", "unbilled");
  }

  /** The payments of a clinic-local day (today when no date is given), by method. */
  @GetMapping("/api/billing/day-close")
  DayClose dayClose(@RequestParam(required = false) LocalDate date) {
    DayClose close = accounts.dayClose(date == null ? clock.today() : date, clock.zone());
    return audited(close, "VIEW_DAY_CLOSE", "date=" + close.date());
  }

  /**
   * What was read, once the PHI access log holds its reading: {@code action} of {@code subject}.
   */
  private <T> T audited(T read, String action, String subject) {
    audit.record(action, subject);
    return read;
  }

  /** What was read by its id, which must be there, once in the access log as {@code key=id}. */
  private <T> T found(Optional<T> read, String what, String action, String key, Object id) {
    return audited(read.orElseThrow(() -> Refusal.notFound(what, id)), action, key + "=" + id);
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
