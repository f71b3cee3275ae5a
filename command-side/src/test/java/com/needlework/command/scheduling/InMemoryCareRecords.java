package com.needlework.command.scheduling;

import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.command.patient.AbnRecords;
import com.needlework.command.patient.CareRecords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Patients' care and ABNs for fixture tests, built as scenarios. */
class InMemoryCareRecords implements CareRecords, AbnRecords {

  private final Map<PatientId, CareSnapshot> patients = new HashMap<>();
  private final Map<PatientId, LocalDate> abns = new HashMap<>();

  void abnSigned(PatientId patient, LocalDate signedOn) {
    abns.put(patient, signedOn);
  }

  PatientId notYetEvaluated() {
    return patient(CareSnapshot.notEvaluated());
  }

  PatientId evaluatedWithPlan(LocalDate evaluatedOn, int sessionsAllowed, int sessionsCounted) {
    return patient(
        new CareSnapshot(
            evaluatedOn,
            1,
            new PlanOfCare(sessionsAllowed, 2, evaluatedOn.plusDays(60)),
            sessionsCounted,
            Set.of()));
  }

  PatientId withOpenContraindication(LocalDate evaluatedOn, Contraindication contraindication) {
    return patient(
        new CareSnapshot(
            evaluatedOn,
            1,
            new PlanOfCare(6, 2, evaluatedOn.plusDays(60)),
            0,
            Set.of(contraindication)));
  }

  PatientId withPlanCertifiedUntil(LocalDate evaluatedOn, LocalDate certifiedUntil) {
    return patient(
        new CareSnapshot(evaluatedOn, 1, new PlanOfCare(6, 2, certifiedUntil), 0, Set.of()));
  }

  private PatientId patient(CareSnapshot care) {
    PatientId id = PatientId.newId();
    patients.put(id, care);
    return id;
  }

  @Override
  public Optional<CareSnapshot> snapshot(PatientId patientId) {
    return Optional.ofNullable(patients.get(patientId));
  }

  @Override
  public Optional<LocalDate> abnSignedOn(PatientId patientId) {
    return Optional.ofNullable(abns.get(patientId));
  }
}
