package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.prospect.ProspectId;
import java.time.Duration;

public record DiscoveryCallBookedEvent(
    VisitId visitId,
    ProspectId prospectId,
    PractitionerId practitionerId,
    TimeSlot slot,
    Duration bufferAfter,
    String reason,
    BookingChannel channel) {

  @Override
  public String toString() {
    return "DiscoveryCallBookedEvent[visitId=%s, practitionerId=%s, slot=%s, channel=%s]"
        .formatted(visitId, practitionerId, slot, channel);
  }
}
