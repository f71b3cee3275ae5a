package com.needlework.api.scheduling;

import com.needlework.api.common.TimeSlot;

/** A visit was cancelled; {@code late} when inside the clinic's late-cancellation window. */
public record VisitCancelledEvent(VisitId visitId, TimeSlot slot, String reason, boolean late) {

  @Override
  public String toString() {
    return "VisitCancelledEvent[visitId=%s, slot=%s, late=%s]".formatted(visitId, slot, late);
  }
}
