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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The patient statement and the visit superbill as PDFs, each read audited. */
@RestController
record DocumentController(
    AccountRecords accounts,
    PatientRecords patients,
    ClinicRecords clinics,
    ClinicClock clock,
    DocumentRenderer renderer,
    PhiAccessLog audit) {

  @GetMapping("/api/patients/{patientId}/statement.pdf")
  ResponseEntity<byte[]> statement(@PathVariable PatientId patientId) {
    PatientRecord patient = patients.require(patientId);
    ClinicView clinic = clinics.openClinic();
    LocalDate today = clock.today();
    StatementDocument statement =
        StatementDocument.of(clinic, patient, accounts.account(patientId), today, clinic.zone());
    byte[] pdf = renderer.statement(statement);
    audit.record("VIEW_STATEMENT", "patient=" + patientId);
    return inline(pdf, "statement-" + today + ".pdf");
  }

  @GetMapping("/api/visits/{visitId}/superbill.pdf")
  ResponseEntity<byte[]> superbill(@PathVariable VisitId visitId) {
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
    return inline(pdf, "superbill-" + charges.serviceDate() + ".pdf");
  }

  private static ResponseEntity<byte[]> inline(byte[] pdf, String filename) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(filename).build().toString())
        .body(pdf);
  }
}
