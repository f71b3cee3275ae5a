package com.needlework.command.patient;

import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.PatientId;
import java.util.Optional;

/** What booking needs to know of a patient's care, read consistently on the command side. */
public interface CareRecords {

  /** The patient's care now; empty when there is no such patient. */
  Optional<CareSnapshot> snapshot(PatientId patientId);
}
