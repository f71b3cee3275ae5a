package com.needlework.query.patient;

import com.needlework.api.patient.PatientId;
import com.needlework.query.audit.PhiAccessLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A patient's record and the search for one; every read is audited, never with a name. */
@RestController
record PatientReadController(PatientRecords patients, PhiAccessLog audit) {

  @GetMapping("/api/patients/{patientId}")
  PatientResponse patient(@PathVariable PatientId patientId) {
    PatientResponse response = patients.details(patientId);
    audit.record("VIEW_PATIENT", "patient=" + patientId);
    return response;
  }

  @GetMapping("/api/patients")
  List<PatientSummary> search(@RequestParam String name) {
    List<PatientSummary> found = patients.search(name);
    audit.record("SEARCH_PATIENTS", "search");
    return found;
  }
}
