package com.needlework.command.clinic;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;

/** Time off cannot cover booked visits: they are moved or cancelled first. */
class TimeOffOverlapsVisitsException extends RuntimeException implements Refusal {

  private final long visits;

  TimeOffOverlapsVisitsException(long visits) {
    super(
        visits
            + (visits == 1 ? " visit is" : " visits are")
            + " booked in that period; move or cancel "
            + (visits == 1 ? "it" : "them")
            + " first");
    this.visits = visits;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.CONFLICT;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("overlappingVisits", visits);
  }
}
