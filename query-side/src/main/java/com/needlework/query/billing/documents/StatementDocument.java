package com.needlework.query.billing.documents;

import com.needlework.api.common.Money;
import com.needlework.query.billing.AccountViews.Account;
import com.needlework.query.billing.AccountViews.Entry;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.patient.PatientRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A patient statement as of the clinic's today: each charged visit with its lines and who is
 * expected to pay what, the money in and out of the account, the invoices, the balance due (open
 * invoices less unused credit), the earliest due date of what is open, and how old it is.
 */
public record StatementDocument(
    ClinicHeader clinic,
    String patientName,
    LocalDate dateOfBirth,
    LocalDate statementDate,
    List<Visit> visits,
    List<Activity> activity,
    List<StatementInvoice> invoices,
    Money openInvoices,
    Money credit,
    Money balanceDue,
    LocalDate dueDate,
    Aging aging) {

  /** The account entries a statement lists: money paid, given back or taken off. */
  private static final Set<String> MONEY_KINDS =
      Set.of("PAYMENT", "REFUND", "WRITE_OFF", "ADJUSTMENT");

  public StatementDocument {
    visits = List.copyOf(visits);
    activity = List.copyOf(activity);
    invoices = List.copyOf(invoices);
  }

  /** A charged visit; a reversed one is listed, marked, and owes nothing. */
  public record Visit(
      LocalDate serviceDate,
      List<DocumentLine> lines,
      Money total,
      Money payerEstimate,
      Money patientEstimate,
      boolean reversed) {

    public Visit {
      lines = List.copyOf(lines);
    }

    static Visit of(VisitCharges charges) {
      return new Visit(
          charges.serviceDate(),
          charges.lines().stream().map(DocumentLine::of).toList(),
          charges.total(),
          charges.payerEstimate(),
          charges.patientEstimate(),
          charges.reversed());
    }
  }

  /** A payment, refund, write-off or adjustment, signed as it changes what the patient owes. */
  public record Activity(LocalDate date, String description, Money amount) {}

  public record StatementInvoice(
      String number,
      String description,
      LocalDate issuedOn,
      LocalDate dueOn,
      Money amount,
      Money paid,
      Money open,
      String status) {

    static StatementInvoice of(Invoice invoice) {
      String status = invoice.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
      return new StatementInvoice(
          invoice.number(),
          invoice.description(),
          invoice.issuedOn(),
          invoice.dueOn(),
          invoice.amount(),
          invoice.paid(),
          invoice.open(),
          Character.toUpperCase(status.charAt(0)) + status.substring(1));
    }
  }

  public static StatementDocument of(
      ClinicView clinic, PatientRecord patient, Account account, LocalDate today, ZoneId zone) {
    List<Invoice> invoices = account.invoices();
    return new StatementDocument(
        ClinicHeader.of(clinic),
        patient.name(),
        patient.dateOfBirth(),
        today,
        inOrderOfService(account.visits(), invoices).stream().map(Visit::of).toList(),
        account.entries().stream()
            .filter(entry -> MONEY_KINDS.contains(entry.kind()))
            .map(entry -> activity(entry, zone))
            .toList(),
        invoices.stream().map(StatementInvoice::of).toList(),
        account.openInvoices(),
        account.credit(),
        account.balance(),
        invoices.stream()
            .filter(Aging::owing)
            .map(Invoice::dueOn)
            .min(Comparator.naturalOrder())
            .orElse(null),
        Aging.of(invoices, today));
  }

  /** By date, and visits of one day in the order they were charged (their invoices' numbers). */
  private static List<VisitCharges> inOrderOfService(
      List<VisitCharges> visits, List<Invoice> invoices) {
    Map<String, String> firstInvoice = new HashMap<>();
    for (Invoice invoice : invoices) {
      if (invoice.visitId() != null) {
        firstInvoice.merge(
            invoice.visitId(), invoice.number(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return visits.stream()
        .sorted(
            Comparator.comparing(VisitCharges::serviceDate)
                .thenComparing(
                    visit -> firstInvoice.get(visit.visitId()),
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static Activity activity(Entry entry, ZoneId zone) {
    return new Activity(LocalDate.ofInstant(entry.at(), zone), entry.description(), entry.amount());
  }

  /** Whether the clinic owes the patient (unused credit beyond what is open). */
  public boolean inCredit() {
    return balanceDue.isNegative();
  }

  /** What the clinic owes the patient when {@link #inCredit()}. */
  public Money creditBalance() {
    return Money.ZERO.minus(balanceDue);
  }
}
