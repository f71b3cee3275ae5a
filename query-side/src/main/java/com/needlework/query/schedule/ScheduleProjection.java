package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitCheckedInEvent;
import com.needlework.api.scheduling.VisitCompletedEvent;
import com.needlework.api.scheduling.VisitCompletionReversedEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitNoShowRecordedEvent;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.query.consistency.ReadModels;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects visits into {@code rm_visit}; handlers are idempotent so a replay is safe. Every event
 * of one visit comes from its aggregate, so they arrive in order and each update sets state
 * outright.
 */
@Component
@ProcessingGroup(ReadModels.SCHEDULE)
class ScheduleProjection {

  private final JdbcClient jdbc;

  ScheduleProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(DiscoveryCallBookedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_visit (visit_id, visit_type, practitioner_id, prospect_id, start_at,"
                + " end_at, occupied_until, status, channel)"
                + " VALUES (:visitId, :type, :practitioner, :prospect, :start, :end, :occupiedUntil,"
                + " :status, :channel) ON CONFLICT (visit_id) DO NOTHING")
        .param("visitId", event.visitId().value())
        .param("type", VisitType.DISCOVERY_CALL.name())
        .param("practitioner", event.practitionerId().value())
        .param("prospect", event.prospectId().value())
        .param("start", utc(event.slot().start()))
        .param("end", utc(event.slot().end()))
        .param("occupiedUntil", utc(event.slot().end().plus(event.bufferAfter())))
        .param("status", VisitStatus.BOOKED.name())
        .param("channel", event.channel().name())
        .update();
  }

  @EventHandler
  void on(EvaluationBookedEvent event) {
    treatmentBooked(
        new Treatment(
            event.visitId(),
            VisitType.EVALUATION,
            event.practitionerId(),
            event.roomId(),
            event.patientId(),
            event.slot(),
            event.bufferAfter(),
            event.coverage(),
            null,
            null));
  }

  @EventHandler
  void on(NeedlingSessionBookedEvent event) {
    treatmentBooked(
        new Treatment(
            event.visitId(),
            VisitType.NEEDLING_SESSION,
            event.practitionerId(),
            event.roomId(),
            event.patientId(),
            event.slot(),
            event.bufferAfter(),
            event.coverage(),
            event.planNumber(),
            event.seriesId() == null ? null : event.seriesId().value()));
  }

  /** An evaluation or needling session as booked; plan and series only for needling. */
  private record Treatment(
      VisitId visitId,
      VisitType type,
      PractitionerId practitionerId,
      RoomId roomId,
      PatientId patientId,
      TimeSlot slot,
      Duration bufferAfter,
      VisitCoverage coverage,
      Integer planNumber,
      UUID seriesId) {}

  /** Only staff book evaluations and needling sessions, so their events carry no channel. */
  private void treatmentBooked(Treatment visit) {
    jdbc.sql(
            "INSERT INTO rm_visit (visit_id, visit_type, practitioner_id, room_id, patient_id,"
                + " start_at, end_at, occupied_until, status, channel, plan_number, series_id,"
                + " coverage_status, coverage_id, coverage_period_start, authorization_id,"
                + " coverage_reason) VALUES (:visitId, :type, :practitioner, :room, :patient,"
                + " :start, :end, :occupiedUntil, :status, :channel, :planNumber, :series,"
                + " :coverageStatus, :coverageId, :periodStart, :authorizationId, :coverageReason)"
                + " ON CONFLICT (visit_id) DO NOTHING")
        .params(coverage(visit.coverage()))
        .param("visitId", visit.visitId().value())
        .param("type", visit.type().name())
        .param("practitioner", visit.practitionerId().value())
        .param("room", visit.roomId().value())
        .param("patient", visit.patientId().value())
        .param("start", utc(visit.slot().start()))
        .param("end", utc(visit.slot().end()))
        .param("occupiedUntil", utc(visit.slot().end().plus(visit.bufferAfter())))
        .param("status", VisitStatus.BOOKED.name())
        .param("channel", BookingChannel.STAFF.name())
        .param("planNumber", visit.planNumber(), Types.INTEGER)
        .param("series", visit.seriesId(), Types.OTHER)
        .update();
  }

  /**
   * Discovery calls booked before rooms existed carry no room: they keep the one they have. A move
   * decides again how the visit is paid.
   */
  @EventHandler
  void on(VisitRescheduledEvent event) {
    jdbc.sql(
            "UPDATE rm_visit SET start_at = :start, end_at = :end, occupied_until = :occupiedUntil,"
                + " room_id = COALESCE(CAST(:room AS uuid), room_id),"
                + " coverage_status = :coverageStatus, coverage_id = :coverageId,"
                + " coverage_period_start = :periodStart, authorization_id = :authorizationId,"
                + " coverage_reason = :coverageReason WHERE visit_id = :visitId")
        .params(coverage(event.coverage()))
        .param("visitId", event.visitId().value())
        .param("start", utc(event.slot().start()))
        .param("end", utc(event.slot().end()))
        .param("occupiedUntil", utc(event.slot().end().plus(event.bufferAfter())))
        .param("room", event.roomId() == null ? null : event.roomId().value())
        .update();
  }

  @EventHandler
  void on(VisitCancelledEvent event) {
    jdbc.sql(
            "UPDATE rm_visit SET status = :status, late_cancellation = :late"
                + " WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .param("status", VisitStatus.CANCELLED.name())
        .param("late", event.late())
        .update();
  }

  @EventHandler
  void on(VisitCheckedInEvent event) {
    jdbc.sql(
            "UPDATE rm_visit SET status = :status, checked_in_at = :checkedInAt"
                + " WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .param("status", VisitStatus.ARRIVED.name())
        .param("checkedInAt", utc(event.checkedInAt()))
        .update();
  }

  @EventHandler
  void on(VisitCompletedEvent event) {
    jdbc.sql(
            "UPDATE rm_visit SET status = :status, completed_at = :completedAt"
                + " WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .param("status", VisitStatus.FULFILLED.name())
        .param("completedAt", utc(event.completedAt()))
        .update();
  }

  /** A completion made by mistake is undone: the patient is checked in again. */
  @EventHandler
  void on(VisitCompletionReversedEvent event) {
    jdbc.sql("UPDATE rm_visit SET status = :status, completed_at = NULL WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .param("status", VisitStatus.ARRIVED.name())
        .update();
  }

  @EventHandler
  void on(VisitNoShowRecordedEvent event) {
    jdbc.sql("UPDATE rm_visit SET status = :status WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .param("status", VisitStatus.NOSHOW.name())
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_visit").update();
  }

  /**
   * The payment columns of a visit: how booking decided it is paid (all null for a visit booked
   * before insurance was tracked).
   */
  private static Map<String, Object> coverage(VisitCoverage coverage) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("coverageStatus", coverage == null ? null : coverage.status().name());
    columns.put(
        "coverageId",
        coverage == null || coverage.coverageId() == null ? null : coverage.coverageId().value());
    columns.put("periodStart", coverage == null ? null : coverage.periodStart());
    columns.put(
        "authorizationId",
        coverage == null || coverage.authorizationId() == null
            ? null
            : coverage.authorizationId().value());
    columns.put("coverageReason", coverage == null ? null : coverage.reason());
    return columns;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
