package com.needlework.query.insurance;

import com.needlework.api.insurance.CoverageId;
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
  List<CoverageView> coverages(@PathVariable PatientId patientId) {
    List<CoverageView> coverages = queries.coveragesOf(patientId);
    audit.record("VIEW_COVERAGES", "patient=" + patientId);
    return coverages;
  }

  @GetMapping("/api/coverages/{coverageId}")
  CoverageView coverage(@PathVariable CoverageId coverageId) {
    CoverageView coverage = queries.coverage(coverageId);
    audit.record("VIEW_COVERAGE", "coverage=" + coverageId);
    return coverage;
  }
}
