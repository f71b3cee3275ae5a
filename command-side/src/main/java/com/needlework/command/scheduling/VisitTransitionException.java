package com.needlework.command.scheduling;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import com.needlework.api.scheduling.VisitStatus;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

/** A lifecycle step the visit's current state does not allow. */
public class VisitTransitionException extends AxonNonTransientException implements Refusal {

  private final VisitStatus currentStatus;

  public VisitTransitionException(VisitStatus currentStatus, String step) {
    super("The visit is " + currentStatus + ", so it cannot be " + step);
    this.currentStatus = currentStatus;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("currentStatus", currentStatus.name());
  }
}
