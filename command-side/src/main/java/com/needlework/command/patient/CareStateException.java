package com.needlework.command.patient;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import org.axonframework.common.AxonNonTransientException;

/** A change the patient's current care does not allow. */
class CareStateException extends AxonNonTransientException implements Refusal {

  CareStateException(String message) {
    super(message);
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }
}
