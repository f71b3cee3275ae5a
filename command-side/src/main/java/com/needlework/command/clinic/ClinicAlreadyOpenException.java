package com.needlework.command.clinic;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import org.axonframework.common.AxonNonTransientException;

/** One deployment serves one clinic. */
class ClinicAlreadyOpenException extends AxonNonTransientException implements Refusal {

  ClinicAlreadyOpenException() {
    super("A clinic is already open here; one deployment serves one clinic");
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }
}
