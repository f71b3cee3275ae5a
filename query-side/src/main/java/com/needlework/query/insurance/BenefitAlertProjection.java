package com.needlework.query.insurance;

import com.needlework.api.insurance.AuthorizationExpiredEvent;
import com.needlework.api.insurance.AuthorizationExpiringEvent;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriodEndedEvent;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCareEndingSoonEvent;
import com.needlework.query.consistency.ReadModels;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects the alerts the durable deadlines raise: one per event, keyed by the event's identifier
 * and stamped with its time, so a replay raises the same alerts.
 */
@Component
@ProcessingGroup(ReadModels.BENEFIT_ALERTS)
class BenefitAlertProjection {

  private final JdbcClient jdbc;

  BenefitAlertProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(BenefitPeriodEndedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
    raise(
        eventId,
        AlertKind.BENEFIT_PERIOD_ENDED,
        event.patientId(),
        event.coverageId(),
        null,
        event.endedPeriod().end(),
        event.visitsUnused(),
        at);
  }

  @EventHandler
  void on(
      AuthorizationExpiringEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
    raise(
        eventId,
        AlertKind.AUTHORIZATION_EXPIRING,
        event.patientId(),
        event.coverageId(),
        event.authorizationId(),
        event.validUntil(),
        event.visitsLeft(),
        at);
  }

  @EventHandler
  void on(
      AuthorizationExpiredEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
    raise(
        eventId,
        AlertKind.AUTHORIZATION_EXPIRED,
        event.patientId(),
        event.coverageId(),
        event.authorizationId(),
        event.validUntil(),
        event.visitsLeft(),
        at);
  }

  @EventHandler
  void on(
      PlanOfCareEndingSoonEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
    raise(
        eventId,
        AlertKind.PLAN_OF_CARE_ENDING_SOON,
        event.patientId(),
        null,
        null,
        event.certifiedUntil(),
        event.sessionsLeft(),
        at);
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_benefit_alert").update();
  }

  private void raise(
      String eventId,
      AlertKind kind,
      PatientId patient,
      CoverageId coverage,
      AuthorizationId authorization,
      LocalDate dueOn,
      int visits,
      Instant raisedAt) {
    jdbc.sql(
            "INSERT INTO rm_benefit_alert (alert_id, kind, patient_id, coverage_id,"
                + " authorization_id, due_on, visits, raised_at) VALUES (:id, :kind, :patient,"
                + " :coverage, :authorization, :dueOn, :visits, :raisedAt)"
                + " ON CONFLICT (alert_id) DO NOTHING")
        .param("id", eventId)
        .param("kind", kind.name())
        .param("patient", patient.value())
        .param("coverage", coverage == null ? null : coverage.value())
        .param("authorization", authorization == null ? null : authorization.value())
        .param("dueOn", dueOn)
        .param("visits", visits)
        .param("raisedAt", raisedAt.atOffset(ZoneOffset.UTC))
        .update();
  }
}
