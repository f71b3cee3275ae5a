package com.needlework.query.billing.documents;

import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.billing.AccountRecords;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import com.needlework.query.patient.PatientRecord;
import com.needlework.query.patient.PatientRecords;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The patient statement and the visit superbill, rendered as PDFs and each read audited: for the
 * API and for the staff workspace alike.
 */
@Component
public class Documents {

  private final AccountRecords accounts;
  private final PatientRecords patients;
  private final ClinicRecords clinics;
  private final ClinicClock clock;
  private final DocumentRenderer renderer;
  private final PhiAccessLog audit;

  Documents(
      AccountRecords accounts,
      PatientRecords patients,
      ClinicRecords clinics,
      ClinicClock clock,
      DocumentRenderer renderer,
      PhiAccessLog audit) {
    this.accounts = accounts;
    this.patients = patients;
    this.clinics = clinics;
    this.clock = clock;
    this.renderer = renderer;
    this.audit = audit;
  }

  /** A rendered document and the name it is offered under. */
  public record Pdf(byte[] bytes, String filename) {

    /** The answer that shows it in the browser. */
    public ResponseEntity<byte[]> inline() {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_PDF)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline().filename(filename).build().toString())
          .body(bytes);
    }
  }

  public Pdf statement(PatientId patientId) {
    PatientRecord patient = patients.require(patientId);
    ClinicView clinic = clinics.openClinic();
    LocalDate today = clock.today();
    StatementDocument statement =
        StatementDocument.of(clinic, patient, accounts.account(patientId), today, clinic.zone());
    byte[] pdf = renderer.statement(statement);
    audit.record("VIEW_STATEMENT", "patient=" + patientId);
    return new Pdf(pdf, "statement-" + today + ".pdf");
  }

  public Pdf superbill(VisitId visitId) {
    VisitCharges charges =
        accounts.charges(visitId).orElseThrow(() -> Refusal.notFound("charged visit", visitId));
    PatientRecord patient = patients.require(PatientId.parse(charges.patientId()));
    PractitionerView practitioner =
        clinics.practitioners().stream()
            .filter(p -> p.id().toString().equals(charges.practitionerId()))
            .findFirst()
            .orElse(null);
    SuperbillDocument superbill =
        SuperbillDocument.of(
            clinics.openClinic(), practitioner, patient, charges, accounts.visitInvoices(visitId));
    byte[] pdf = renderer.superbill(superbill);
    audit.record("VIEW_SUPERBILL", "visit=" + visitId);
    return new Pdf(pdf, "superbill-" + charges.serviceDate() + ".pdf");
  }
}
