package com.needlework.command.scheduling;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

/** Somebody else holds an overlapping visit with the same practitioner or in the same room. */
public class SlotTakenException extends AxonNonTransientException implements Refusal {

  private final String resource;

  public SlotTakenException(String resource) {
    super(
        "That time is no longer available: the "
            + resource
            + " already has a visit that overlaps it. Please pick another time.");
    this.resource = resource;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("taken", resource);
  }
}
