package com.needlework.command.prospect;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import com.needlework.api.patient.PatientId;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

class ProspectAlreadyConvertedException extends AxonNonTransientException implements Refusal {

  private final PatientId patientId;

  ProspectAlreadyConvertedException(PatientId patientId) {
    super("This prospect is already a patient (" + patientId + ")");
    this.patientId = patientId;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("patientId", patientId.toString());
  }
}
