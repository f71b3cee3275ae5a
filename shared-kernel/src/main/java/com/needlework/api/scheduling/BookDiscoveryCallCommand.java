package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.prospect.ProspectId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Books a free discovery call by phone for a prospect; the reason is a line about the pain. */
public record BookDiscoveryCallCommand(
    @TargetAggregateIdentifier VisitId visitId,
    ProspectId prospectId,
    PractitionerId practitionerId,
    Instant start,
    String reason,
    BookingChannel channel) {

  @Override
  public String toString() {
    return "BookDiscoveryCallCommand[visitId=%s, practitionerId=%s, start=%s, channel=%s]"
        .formatted(visitId, practitionerId, start, channel);
  }
}
