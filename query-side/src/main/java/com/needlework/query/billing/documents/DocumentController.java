package com.needlework.query.billing.documents;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The patient statement and the visit superbill as PDFs, each read audited. */
@RestController
record DocumentController(Documents documents) {

  @GetMapping("/api/patients/{patientId}/statement.pdf")
  ResponseEntity<byte[]> statement(@PathVariable PatientId patientId) {
    return documents.statement(patientId).inline();
  }

  @GetMapping("/api/visits/{visitId}/superbill.pdf")
  ResponseEntity<byte[]> superbill(@PathVariable VisitId visitId) {
    return documents.superbill(visitId).inline();
  }
}
