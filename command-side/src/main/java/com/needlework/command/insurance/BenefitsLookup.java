package com.needlework.command.insurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.needlework.api.insurance.AuthorizationAddedEvent;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.CoverageAddedEvent;
import com.needlework.api.insurance.CoverageChangedEvent;
import com.needlework.api.insurance.CoverageTerminatedEvent;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.CoveredVisitNeedsAttentionEvent;
import com.needlework.api.insurance.CoveredVisitNotBilledEvent;
import com.needlework.api.insurance.CoveredVisitReturnedEvent;
import com.needlework.api.insurance.CoveredVisitUsedEvent;
import com.needlework.api.insurance.PayerRegisteredEvent;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitNoShowRecordedEvent;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.command.consistency.TransactionalProjections;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command side's copy of payers, coverages and authorizations, and how many covered visits each
 * benefit period and authorization has used and has booked ahead. Written in the transaction that
 * appends the events; a booking reads and holds these counts while it decides, so the last covered
 * visit goes to exactly one of two racing bookings.
 */
@Component
@ProcessingGroup(TransactionalProjections.BENEFITS)
class BenefitsLookup {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  BenefitsLookup(JdbcClient jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventHandler
  void on(PayerRegisteredEvent event) {
    jdbc.sql(
            "INSERT INTO cs_payer (payer_id, name, needling_covered, medicare, rules)"
                + " VALUES (:id, :name, :needling, :medicare, CAST(:rules AS jsonb))")
        .param("id", event.payerId().value())
        .param("name", event.name())
        .param("needling", event.rules().needlingCovered())
        .param("medicare", event.rules().medicare())
        .param("rules", write(event.rules()))
        .update();
  }

  @EventHandler
  void on(CoverageAddedEvent event) {
    jdbc.sql(
            "INSERT INTO cs_coverage (coverage_id, patient_id, payer_id, priority, period_type,"
                + " renews_on, visits_allowed, effective_from, effective_until, cost_sharing)"
                + " VALUES (:id, :patient, :payer, :priority, :type, :renewsOn, :allowed, :from,"
                + " :until, CAST(:costSharing AS jsonb))")
        .param("id", event.coverageId().value())
        .param("patient", event.patientId().value())
        .param("payer", event.terms().payerId().value())
        .param("priority", event.terms().priority().name())
        .param("type", event.terms().benefitPeriod().type().name())
        .param("renewsOn", event.terms().benefitPeriod().renewsOn().toString())
        .param("allowed", event.terms().visitsAllowed())
        .param("from", event.terms().effectiveFrom())
        .param("until", event.terms().effectiveUntil(), Types.DATE)
        .param("costSharing", write(event.terms().costSharing()))
        .update();
    if (event.visitsUsedSoFar() > 0) {
      jdbc.sql(
              "INSERT INTO cs_benefit_usage (coverage_id, period_start, used, booked)"
                  + " VALUES (:id, :start, :used, 0)")
          .param("id", event.coverageId().value())
          .param("start", event.usedSoFarPeriod().start())
          .param("used", event.visitsUsedSoFar())
          .update();
    }
  }

  @EventHandler
  void on(CoverageChangedEvent event) {
    CoverageTerms terms = event.terms();
    jdbc.sql(
            "UPDATE cs_coverage SET payer_id = :payer, priority = :priority, period_type = :type,"
                + " renews_on = :renewsOn, visits_allowed = :allowed, effective_from = :from,"
                + " effective_until = :until, cost_sharing = CAST(:costSharing AS jsonb)"
                + " WHERE coverage_id = :id")
        .param("id", event.coverageId().value())
        .param("payer", terms.payerId().value())
        .param("priority", terms.priority().name())
        .param("type", terms.benefitPeriod().type().name())
        .param("renewsOn", terms.benefitPeriod().renewsOn().toString())
        .param("allowed", terms.visitsAllowed())
        .param("from", terms.effectiveFrom())
        .param("until", terms.effectiveUntil(), Types.DATE)
        .param("costSharing", write(terms.costSharing()))
        .update();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException(
          "Cannot write " + value.getClass().getSimpleName(), unwritable);
    }
  }

  @EventHandler
  void on(CoverageTerminatedEvent event) {
    jdbc.sql("UPDATE cs_coverage SET effective_until = :lastDay WHERE coverage_id = :id")
        .param("id", event.coverageId().value())
        .param("lastDay", event.lastDay())
        .update();
  }

  @EventHandler
  void on(AuthorizationAddedEvent event) {
    var authorization = event.authorization();
    jdbc.sql(
            "INSERT INTO cs_authorization (authorization_id, coverage_id, number, units, used,"
                + " booked, valid_from, valid_to, codes) VALUES (:id, :coverage, :number, :units,"
                + " 0, 0, :from, :to, :codes)")
        .param("id", authorization.authorizationId().value())
        .param("coverage", event.coverageId().value())
        .param("number", authorization.number())
        .param("units", authorization.visitsAuthorized())
        .param("from", authorization.valid().start())
        .param("to", authorization.valid().end())
        .param("codes", String.join(",", authorization.codes().stream().sorted().toList()))
        .update();
  }

  @EventHandler
  void on(EvaluationBookedEvent event) {
    reserve(event.visitId(), event.coverage());
  }

  @EventHandler
  void on(NeedlingSessionBookedEvent event) {
    reserve(event.visitId(), event.coverage());
  }

  @EventHandler
  void on(VisitRescheduledEvent event) {
    release(event.visitId());
    reserve(event.visitId(), event.coverage());
  }

  @EventHandler
  void on(VisitCancelledEvent event) {
    release(event.visitId());
  }

  @EventHandler
  void on(VisitNoShowRecordedEvent event) {
    release(event.visitId());
  }

  @EventHandler
  void on(CoveredVisitNeedsAttentionEvent event) {
    release(event.visitId());
  }

  @EventHandler
  void on(CoveredVisitNotBilledEvent event) {
    release(event.visitId());
  }

  @EventHandler
  void on(CoveredVisitUsedEvent event) {
    release(event.visitId());
    count(event.coverageId().value(), event.periodStart(), event.authorizationId(), "used", 1);
    markVisit(
        event.visitId(),
        event.coverageId().value(),
        event.periodStart(),
        event.authorizationId(),
        "USED");
  }

  @EventHandler
  void on(CoveredVisitReturnedEvent event) {
    count(event.coverageId().value(), event.periodStart(), event.authorizationId(), "used", -1);
    jdbc.sql("DELETE FROM cs_visit_benefit WHERE visit_id = :visit")
        .param("visit", event.visitId().value())
        .update();
    reserve(
        event.visitId(),
        VisitCoverage.covered(event.coverageId(), event.periodStart(), event.authorizationId()));
  }

  /**
   * Books a covered visit into its period (and authorization). The booking decided it has a place
   * while holding these rows ({@link BenefitRecords#holdStanding}), so only the count changes here.
   */
  private void reserve(VisitId visitId, VisitCoverage coverage) {
    if (coverage == null || !coverage.isCovered()) {
      return;
    }
    UUID coverageId = coverage.coverageId().value();
    count(coverageId, coverage.periodStart(), coverage.authorizationId(), "booked", 1);
    markVisit(visitId, coverageId, coverage.periodStart(), coverage.authorizationId(), "RESERVED");
  }

  private record Reservation(
      UUID coverageId, LocalDate periodStart, AuthorizationId authorizationId) {}

  /** A visit booked ahead no longer waits for its coverage: cancelled, missed, moved, or used. */
  private void release(VisitId visitId) {
    jdbc.sql(
            "DELETE FROM cs_visit_benefit WHERE visit_id = :visit AND state = 'RESERVED'"
                + " RETURNING coverage_id, period_start, authorization_id")
        .param("visit", visitId.value())
        .query(
            (rs, row) -> {
              UUID authorization = rs.getObject("authorization_id", UUID.class);
              return new Reservation(
                  rs.getObject("coverage_id", UUID.class),
                  rs.getObject("period_start", LocalDate.class),
                  authorization == null ? null : new AuthorizationId(authorization));
            })
        .optional()
        .ifPresent(
            reservation ->
                count(
                    reservation.coverageId(),
                    reservation.periodStart(),
                    reservation.authorizationId(),
                    "booked",
                    -1));
  }

  private void count(
      UUID coverageId,
      LocalDate periodStart,
      AuthorizationId authorization,
      String column,
      int by) {
    jdbc.sql(
            "INSERT INTO cs_benefit_usage (coverage_id, period_start, used, booked)"
                + " VALUES (:id, :start, 0, 0) ON CONFLICT DO NOTHING")
        .param("id", coverageId)
        .param("start", periodStart)
        .update();
    jdbc.sql(
            "UPDATE cs_benefit_usage SET "
                + column
                + " = "
                + column
                + " + :by WHERE coverage_id = :id AND period_start = :start")
        .param("id", coverageId)
        .param("start", periodStart)
        .param("by", by)
        .update();
    if (authorization != null) {
      jdbc.sql(
              "UPDATE cs_authorization SET "
                  + column
                  + " = "
                  + column
                  + " + :by WHERE authorization_id = :id")
          .param("id", authorization.value())
          .param("by", by)
          .update();
    }
  }

  private void markVisit(
      VisitId visitId,
      UUID coverageId,
      LocalDate periodStart,
      AuthorizationId authorization,
      String state) {
    jdbc.sql(
            "INSERT INTO cs_visit_benefit (visit_id, coverage_id, period_start, authorization_id,"
                + " state) VALUES (:visit, :coverage, :start, :authorization, :state)"
                + " ON CONFLICT (visit_id) DO UPDATE SET coverage_id = EXCLUDED.coverage_id,"
                + " period_start = EXCLUDED.period_start,"
                + " authorization_id = EXCLUDED.authorization_id, state = EXCLUDED.state")
        .param("visit", visitId.value())
        .param("coverage", coverageId)
        .param("start", periodStart)
        .param("authorization", authorization == null ? null : authorization.value(), Types.OTHER)
        .param("state", state)
        .update();
  }
}
