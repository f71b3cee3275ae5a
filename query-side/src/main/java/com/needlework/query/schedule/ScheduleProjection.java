package com.needlework.query.schedule;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.api.scheduling.VisitStatus;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects visits into {@code rm_visit}; handlers are idempotent so a replay is safe. */
@Component
@ProcessingGroup(ScheduleProjection.GROUP)
class ScheduleProjection {

  static final String GROUP = "schedule";

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
        .param("start", event.slot().start().atOffset(ZoneOffset.UTC))
        .param("end", event.slot().end().atOffset(ZoneOffset.UTC))
        .param(
            "occupiedUntil", event.slot().end().plus(event.bufferAfter()).atOffset(ZoneOffset.UTC))
        .param("status", VisitStatus.BOOKED.name())
        .param("channel", event.channel().name())
        .update();
  }

  @EventHandler
  void on(VisitRescheduledEvent event) {
    jdbc.sql(
            "UPDATE rm_visit SET start_at = :start, end_at = :end, occupied_until = :occupiedUntil"
                + " WHERE visit_id = :visitId")
        .param("visitId", event.visitId().value())
        .param("start", event.slot().start().atOffset(ZoneOffset.UTC))
        .param("end", event.slot().end().atOffset(ZoneOffset.UTC))
        .param(
            "occupiedUntil", event.slot().end().plus(event.bufferAfter()).atOffset(ZoneOffset.UTC))
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

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_visit").update();
  }
}
