package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.TimeOffScheduledEvent;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitNoShowRecordedEvent;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.command.clinic.BookedVisits;
import com.needlework.command.consistency.TransactionalProjections;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds the time every live visit and every period of time off occupies, per practitioner and per
 * room, under PostgreSQL exclusion constraints. It runs in the transaction that appends the events,
 * so two overlapping bookings can never both commit.
 */
@Component
@ProcessingGroup(TransactionalProjections.BOOKING_GUARD)
public class BookingGuard implements BookedVisits {

  private static final String PRACTITIONER_CONSTRAINT = "practitioner_never_double_booked";
  private static final String ROOM_CONSTRAINT = "room_never_double_booked";

  private final JdbcClient jdbc;

  BookingGuard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(DiscoveryCallBookedEvent event) {
    occupyVisit(event.visitId(), event.practitionerId(), null, event.slot(), event.bufferAfter());
  }

  @EventHandler
  void on(EvaluationBookedEvent event) {
    occupyVisit(
        event.visitId(), event.practitionerId(), event.roomId(), event.slot(), event.bufferAfter());
  }

  @EventHandler
  void on(NeedlingSessionBookedEvent event) {
    occupyVisit(
        event.visitId(), event.practitionerId(), event.roomId(), event.slot(), event.bufferAfter());
  }

  @EventHandler
  void on(TimeOffScheduledEvent event) {
    occupy(event.timeOffId().value(), "TIME_OFF", event.practitionerId(), null, event.period());
  }

  @EventHandler
  void on(VisitRescheduledEvent event) {
    TimeSlot occupied = event.slot().extendedBy(event.bufferAfter());
    guarded(
        () ->
            jdbc.sql(
                    "UPDATE booking_guard SET occupied = tstzrange(:start, :end, '[)')"
                        + " WHERE holder_id = :holder")
                .param("holder", event.visitId().value())
                .param("start", occupied.start().atOffset(ZoneOffset.UTC))
                .param("end", occupied.end().atOffset(ZoneOffset.UTC))
                .update());
  }

  @EventHandler
  void on(VisitCancelledEvent event) {
    release(event.visitId().value());
  }

  @EventHandler
  void on(VisitNoShowRecordedEvent event) {
    release(event.visitId().value());
  }

  /** Whether the practitioner holds nothing that overlaps the slot (a hint; the insert decides). */
  public boolean isFree(PractitionerId practitionerId, TimeSlot slot) {
    return countOverlapping("practitioner_id", practitionerId.value(), slot) == 0;
  }

  /** Whether the room holds nothing that overlaps the slot (a hint; the insert decides). */
  public boolean isFree(RoomId roomId, TimeSlot slot) {
    return countOverlapping("room_id", roomId.value(), slot) == 0;
  }

  @Override
  public long visitsOverlapping(PractitionerId practitionerId, TimeSlot period) {
    return jdbc.sql(
            "SELECT count(*) FROM booking_guard WHERE practitioner_id = :id AND kind = 'VISIT'"
                + " AND occupied && tstzrange(:start, :end, '[)')")
        .param("id", practitionerId.value())
        .param("start", period.start().atOffset(ZoneOffset.UTC))
        .param("end", period.end().atOffset(ZoneOffset.UTC))
        .query(Long.class)
        .single();
  }

  /** What the practitioner holds (visits with their buffer, time off) overlapping the period. */
  public List<TimeSlot> heldWithin(PractitionerId practitionerId, TimeSlot period) {
    return overlapping("practitioner_id", practitionerId.value(), period);
  }

  /** What the room's visits hold (with their buffer) overlapping the period. */
  public List<TimeSlot> heldWithin(RoomId roomId, TimeSlot period) {
    return overlapping("room_id", roomId.value(), period);
  }

  private List<TimeSlot> overlapping(String column, UUID id, TimeSlot period) {
    return jdbc.sql(
            "SELECT lower(occupied) AS start_at, upper(occupied) AS end_at FROM booking_guard"
                + " WHERE "
                + column
                + " = :id AND occupied && tstzrange(:start, :end, '[)') ORDER BY lower(occupied)")
        .param("id", id)
        .param("start", period.start().atOffset(ZoneOffset.UTC))
        .param("end", period.end().atOffset(ZoneOffset.UTC))
        .query(
            (rs, row) ->
                new TimeSlot(
                    rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("end_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private long countOverlapping(String column, UUID id, TimeSlot slot) {
    return jdbc.sql(
            "SELECT count(*) FROM booking_guard WHERE "
                + column
                + " = :id AND occupied && tstzrange(:start, :end, '[)')")
        .param("id", id)
        .param("start", slot.start().atOffset(ZoneOffset.UTC))
        .param("end", slot.end().atOffset(ZoneOffset.UTC))
        .query(Long.class)
        .single();
  }

  private void occupyVisit(
      VisitId visit,
      PractitionerId practitioner,
      RoomId room,
      TimeSlot slot,
      Duration bufferAfter) {
    occupy(visit.value(), "VISIT", practitioner, room, slot.extendedBy(bufferAfter));
  }

  private void occupy(
      UUID holder, String kind, PractitionerId practitionerId, RoomId roomId, TimeSlot occupied) {
    guarded(
        () ->
            jdbc.sql(
                    "INSERT INTO booking_guard (holder_id, kind, practitioner_id, room_id, occupied)"
                        + " VALUES (:holder, :kind, :practitioner, :room,"
                        + " tstzrange(:start, :end, '[)'))")
                .param("holder", holder)
                .param("kind", kind)
                .param("practitioner", practitionerId.value())
                .param("room", roomId == null ? null : roomId.value(), Types.OTHER)
                .param("start", occupied.start().atOffset(ZoneOffset.UTC))
                .param("end", occupied.end().atOffset(ZoneOffset.UTC))
                .update());
  }

  private void release(UUID holder) {
    jdbc.sql("DELETE FROM booking_guard WHERE holder_id = :holder")
        .param("holder", holder)
        .update();
  }

  private static Refusal slotTaken(String resource) {
    return Refusal.conflict(
        "That time is no longer available: the "
            + resource
            + " already has a visit that overlaps it. Please pick another time.",
        "taken",
        resource);
  }

  private static void guarded(Runnable write) {
    try {
      write.run();
    } catch (DataIntegrityViolationException violation) {
      String message = String.valueOf(violation.getMostSpecificCause().getMessage());
      if (message.contains(PRACTITIONER_CONSTRAINT)) {
        throw slotTaken("practitioner");
      }
      if (message.contains(ROOM_CONSTRAINT)) {
        throw slotTaken("room");
      }
      throw violation;
    }
  }
}
