package com.needlework.command.patient;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.patient.PatientId;

/** The diagnoses of a patient's current plan of care, read on the command side. */
public interface DiagnosisRecords {

  /** The diagnoses the latest evaluation found; none before the first. */
  Diagnoses currentDiagnoses(PatientId patientId);
}
