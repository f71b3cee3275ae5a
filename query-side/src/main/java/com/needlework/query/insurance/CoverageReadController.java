package com.needlework.query.insurance;

import com.needlework.api.patient.PatientId;
import com.needlework.query.audit.PhiAccessLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A patient's coverages and what is left of them; every read is audited. */
@RestController
class CoverageReadController {

  private final InsuranceQueries queries;
  private final PhiAccessLog audit;

  CoverageReadController(InsuranceQueries queries, PhiAccessLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  @GetMapping("/api/patients/{patientId}/coverages")
  List<CoverageView> coverages(@PathVariable String patientId) {
    PatientId patient = PatientId.parse(patientId);
    List<CoverageView> coverages = queries.coveragesOf(patient);
    audit.record("VIEW_COVERAGES", "patient=" + patient);
    return coverages;
  }
}
