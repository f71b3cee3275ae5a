package com.needlework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.TimeSlot;
import com.needlework.command.scheduling.BookingGuard;
import java.time.OffsetDateTime;

/**
 * Holds the slots the read side offers against the command side's booking guard: a slot is offered
 * in vain when its practitioner, or its room (any room, when it names none), is already taken then.
 */
record OfferedSlotAudit(NeedleworkApi api, BookingGuard guard, ClinicLayout clinic) {

  /** How many slots were offered, and how many of them the guard would refuse. */
  record Audit(int offered, int taken) {}

  /** Audits the answer to an availability request (path and query) for the visit type. */
  Audit audit(String query, VisitType type) throws Exception {
    NeedleworkApi.Answer answer = api.getAsStaff(query);
    if (answer.status() != 200 || answer.body() == null) {
      throw new IllegalStateException("Availability refused: " + answer.describe());
    }
    VisitTypeSettings settings = clinic.settings(type);
    int taken = 0;
    for (JsonNode slot : answer.body()) {
      TimeSlot occupied =
          new TimeSlot(
                  OffsetDateTime.parse(slot.path("start").asText()).toInstant(),
                  OffsetDateTime.parse(slot.path("end").asText()).toInstant())
              .extendedBy(settings.bufferAfter());
      boolean practitionerFree =
          guard.isFree(PractitionerId.parse(slot.path("practitionerId").asText()), occupied);
      String room = slot.path("roomId").asText("");
      boolean roomFree =
          !settings.needsRoom()
              || (room.isEmpty()
                  ? clinic.rooms().stream().anyMatch(r -> guard.isFree(r, occupied))
                  : guard.isFree(RoomId.parse(room), occupied));
      taken += practitionerFree && roomFree ? 0 : 1;
    }
    return new Audit(answer.body().size(), taken);
  }
}
