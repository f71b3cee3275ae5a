package com.needlework.query.billing.documents;

import com.needlework.api.billing.CommonDiagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.common.Money;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.billing.InvoiceStatus;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import com.needlework.query.patient.PatientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A superbill: what a visit billed, coded the way an insurer needs it for the patient to claim it
 * back (who billed and who treated with their NPIs, the diagnoses numbered as the lines point to
 * them, each line's code, modifiers, units and fees), with what was paid on the visit's invoices.
 */
public record SuperbillDocument(
    ClinicHeader clinic,
    String practitionerName,
    String practitionerNpi,
    String patientName,
    LocalDate dateOfBirth,
    LocalDate serviceDate,
    List<Diagnosis> diagnoses,
    List<DocumentLine> lines,
    Money total,
    Money paid,
    Money balance,
    boolean reversed) {

  public SuperbillDocument {
    diagnoses = List.copyOf(diagnoses);
    lines = List.copyOf(lines);
  }

  /** A diagnosis by its number (1 is the primary), its ICD-10-CM code and, when known, its name. */
  public record Diagnosis(int number, String code, String name) {}

  /**
   * @param practitioner who treated, or null when the visit names no practitioner the clinic knows
   * @param invoices the invoices issued for the visit
   */
  public static SuperbillDocument of(
      ClinicView clinic,
      PractitionerView practitioner,
      PatientRecord patient,
      VisitCharges charges,
      List<Invoice> invoices) {
    List<Diagnosis> diagnoses = new ArrayList<>();
    for (String code : charges.diagnoses()) {
      diagnoses.add(
          new Diagnosis(
              diagnoses.size() + 1,
              code,
              CommonDiagnoses.nameOf(new DiagnosisCode(code)).orElse("")));
    }
    List<Invoice> standing =
        invoices.stream().filter(invoice -> invoice.status() != InvoiceStatus.VOID).toList();
    return new SuperbillDocument(
        ClinicHeader.of(clinic),
        practitioner == null ? null : practitioner.name(),
        practitioner == null || practitioner.npi() == null ? null : practitioner.npi().value(),
        patient.name(),
        patient.dateOfBirth(),
        charges.serviceDate(),
        diagnoses,
        charges.lines().stream().map(DocumentLine::of).toList(),
        charges.total(),
        standing.stream().map(Invoice::paid).reduce(Money.ZERO, Money::plus),
        standing.stream().map(Invoice::open).reduce(Money.ZERO, Money::plus),
        charges.reversed());
  }
}
