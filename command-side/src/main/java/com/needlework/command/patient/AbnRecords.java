package com.needlework.command.patient;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.util.Optional;

/** Whether a patient signed an Advance Beneficiary Notice, read on the command side. */
public interface AbnRecords {

  /** The day the patient's latest ABN was signed; empty when none is on file. */
  Optional<LocalDate> abnSignedOn(PatientId patientId);
}
