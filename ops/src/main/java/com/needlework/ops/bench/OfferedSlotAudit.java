package com.needlework.ops.bench;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.AvailableSlot;
import com.needlework.api.scheduling.AvailableSlotsResponse;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.FindAvailableSlotsQuery;
import com.needlework.command.scheduling.BookingGuard;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Holds the slots the read side offers against the command side's booking guard: a slot is offered
 * in vain when its practitioner, or every room, is already taken then.
 */
final class OfferedSlotAudit {

  private static final int TIMEOUT_SECONDS = 30;

  /** How many slots were offered, and how many of them the guard would refuse. */
  record Audit(int offered, int taken) {}

  private final QueryGateway queries;
  private final BookingGuard guard;
  private final ClinicLayout clinic;

  OfferedSlotAudit(QueryGateway queries, BookingGuard guard, ClinicLayout clinic) {
    this.queries = queries;
    this.guard = guard;
    this.clinic = clinic;
  }

  Audit audit(AvailabilityBench.Week week, VisitType type) throws Exception {
    List<AvailableSlot> offered =
        queries
            .query(
                new FindAvailableSlotsQuery(
                    type,
                    week.monday(),
                    week.sunday(),
                    week.practitioner().id(),
                    BookingChannel.STAFF),
                AvailableSlotsResponse.class)
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .slots();
    VisitTypeSettings settings = clinic.settings(type);
    int taken = 0;
    for (AvailableSlot slot : offered) {
      TimeSlot occupied =
          new TimeSlot(slot.start().toInstant(), slot.end().toInstant())
              .extendedBy(settings.bufferAfter());
      boolean practitionerFree = guard.isFree(slot.practitionerId(), occupied);
      boolean roomFree =
          !settings.needsRoom() || clinic.rooms().stream().anyMatch(r -> guard.isFree(r, occupied));
      taken += practitionerFree && roomFree ? 0 : 1;
    }
    return new Audit(offered.size(), taken);
  }
}
