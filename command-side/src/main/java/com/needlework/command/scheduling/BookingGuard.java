package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.command.consistency.TransactionalProjections;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds the time every live visit occupies, per practitioner and per room, under PostgreSQL
 * exclusion constraints. It runs in the transaction that appends the booking events, so two
 * overlapping bookings can never both commit.
 */
@Component
@ProcessingGroup(TransactionalProjections.BOOKING_GUARD)
class BookingGuard {

  private static final String PRACTITIONER_CONSTRAINT = "practitioner_never_double_booked";
  private static final String ROOM_CONSTRAINT = "room_never_double_booked";

  private final JdbcClient jdbc;

  BookingGuard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(DiscoveryCallBookedEvent event) {
    occupy(
        event.visitId(),
        event.practitionerId(),
        null,
        event.slot().extendedBy(event.bufferAfter()));
  }

  @EventHandler
  void on(VisitRescheduledEvent event) {
    guarded(
        () ->
            jdbc.sql(
                    "UPDATE booking_guard SET occupied = tstzrange(:start, :end, '[)')"
                        + " WHERE visit_id = :visitId")
                .param("visitId", event.visitId().value())
                .param("start", event.slot().start().atOffset(ZoneOffset.UTC))
                .param("end", event.slot().end().plus(event.bufferAfter()).atOffset(ZoneOffset.UTC))
                .update());
  }

  @EventHandler
  void on(VisitCancelledEvent event) {
    jdbc.sql("DELETE FROM booking_guard WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .update();
  }

  /** Whether the practitioner holds nothing that overlaps the slot (a hint; the insert decides). */
  boolean isFree(PractitionerId practitionerId, TimeSlot slot) {
    return jdbc.sql(
            "SELECT NOT EXISTS (SELECT 1 FROM booking_guard WHERE practitioner_id = :practitioner"
                + " AND occupied && tstzrange(:start, :end, '[)'))")
        .param("practitioner", practitionerId.value())
        .param("start", slot.start().atOffset(ZoneOffset.UTC))
        .param("end", slot.end().atOffset(ZoneOffset.UTC))
        .query(Boolean.class)
        .single();
  }

  private void occupy(
      VisitId visitId, PractitionerId practitionerId, RoomId roomId, TimeSlot slot) {
    UUID room = roomId == null ? null : roomId.value();
    guarded(
        () ->
            jdbc.sql(
                    "INSERT INTO booking_guard (visit_id, practitioner_id, room_id, occupied)"
                        + " VALUES (:visitId, :practitioner, :room, tstzrange(:start, :end, '[)'))")
                .param("visitId", visitId.value())
                .param("practitioner", practitionerId.value())
                .param("room", room, java.sql.Types.OTHER)
                .param("start", slot.start().atOffset(ZoneOffset.UTC))
                .param("end", slot.end().atOffset(ZoneOffset.UTC))
                .update());
  }

  private static void guarded(Runnable write) {
    try {
      write.run();
    } catch (DataIntegrityViolationException violation) {
      String message = String.valueOf(violation.getMostSpecificCause().getMessage());
      if (message.contains(PRACTITIONER_CONSTRAINT)) {
        throw new SlotTakenException("practitioner");
      }
      if (message.contains(ROOM_CONSTRAINT)) {
        throw new SlotTakenException("room");
      }
      throw violation;
    }
  }
}
