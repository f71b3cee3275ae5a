package com.needlework.command.waitlist;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

/** A waitlist step the entry's current state does not allow. */
class WaitlistStateException extends AxonNonTransientException implements Refusal {

  private final WaitlistEntry.Status status;

  WaitlistStateException(WaitlistEntry.Status status, String message) {
    super(message);
    this.status = status;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("currentStatus", status.name());
  }
}
