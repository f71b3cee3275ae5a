package com.needlework.query.insurance;

import com.needlework.api.insurance.AuthorizationAddedEvent;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.CoverageAddedEvent;
import com.needlework.api.insurance.CoverageChangedEvent;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoverageTerminatedEvent;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.CoveredVisitNeedsAttentionEvent;
import com.needlework.api.insurance.CoveredVisitNotBilledEvent;
import com.needlework.api.insurance.CoveredVisitReturnedEvent;
import com.needlework.api.insurance.CoveredVisitUsedEvent;
import com.needlework.api.insurance.EligibilityReceivedEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.query.consistency.ReadModels;
import com.needlework.query.web.ReadModelJson;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects coverages, their authorizations, the coverage's last word on each covered visit, and the
 * last eligibility response. Every event here comes from one coverage aggregate, so they arrive in
 * order and each write sets state outright; counts are taken when read, so a replay lands on the
 * same rows.
 */
@Component
@ProcessingGroup(ReadModels.COVERAGES)
class CoverageProjection {

  private final JdbcClient jdbc;
  private final ReadModelJson json;

  CoverageProjection(JdbcClient jdbc, ReadModelJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventHandler
  void on(CoverageAddedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_coverage (coverage_id, patient_id, payer_id, member_id,"
                + " subscriber_relation, priority, period_type, renews_on, visits_allowed, copay,"
                + " coinsurance_percent, deductible, deductible_met, effective_from,"
                + " effective_until, used_so_far_start, used_so_far_end, visits_used_so_far)"
                + " VALUES (:id, :patient, :payer, :memberId, :relation, :priority, :periodType,"
                + " :renewsOn, :visitsAllowed, :copay, :coinsurance, :deductible, :deductibleMet,"
                + " :effectiveFrom, :effectiveUntil, :usedSoFarStart, :usedSoFarEnd, :usedSoFar)"
                + " ON CONFLICT (coverage_id) DO NOTHING")
        .params(terms(event.terms()))
        .param("id", event.coverageId().value())
        .param("patient", event.patientId().value())
        .param("usedSoFarStart", event.usedSoFarPeriod().start())
        .param("usedSoFarEnd", event.usedSoFarPeriod().end())
        .param("usedSoFar", event.visitsUsedSoFar())
        .update();
  }

  @EventHandler
  void on(CoverageChangedEvent event) {
    jdbc.sql(
            "UPDATE rm_coverage SET payer_id = :payer, member_id = :memberId,"
                + " subscriber_relation = :relation, priority = :priority,"
                + " period_type = :periodType, renews_on = :renewsOn,"
                + " visits_allowed = :visitsAllowed, copay = :copay,"
                + " coinsurance_percent = :coinsurance, deductible = :deductible,"
                + " deductible_met = :deductibleMet, effective_from = :effectiveFrom,"
                + " effective_until = :effectiveUntil WHERE coverage_id = :id")
        .params(terms(event.terms()))
        .param("id", event.coverageId().value())
        .update();
  }

  @EventHandler
  void on(CoverageTerminatedEvent event) {
    jdbc.sql("UPDATE rm_coverage SET last_day = :lastDay WHERE coverage_id = :id")
        .param("id", event.coverageId().value())
        .param("lastDay", event.lastDay())
        .update();
  }

  @EventHandler
  void on(AuthorizationAddedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_authorization (authorization_id, coverage_id, number,"
                + " visits_authorized, valid_from, valid_to, codes) VALUES (:id, :coverage,"
                + " :number, :visitsAuthorized, :validFrom, :validTo, :codes)"
                + " ON CONFLICT (authorization_id) DO NOTHING")
        .param("id", event.authorization().authorizationId().value())
        .param("coverage", event.coverageId().value())
        .param("number", event.authorization().number())
        .param("visitsAuthorized", event.authorization().visitsAuthorized())
        .param("validFrom", event.authorization().valid().start())
        .param("validTo", event.authorization().valid().end())
        .param("codes", event.authorization().codes().stream().sorted().toArray(String[]::new))
        .update();
  }

  @EventHandler
  void on(CoveredVisitUsedEvent event) {
    recordVisit(
        event.visitId(),
        event.coverageId(),
        CoverageOutcome.USED,
        event.serviceDate(),
        event.periodStart(),
        event.authorizationId(),
        null);
  }

  /** The visit took place but the coverage cannot pay it: it used nothing. */
  @EventHandler
  void on(CoveredVisitNeedsAttentionEvent event) {
    recordVisit(
        event.visitId(),
        event.coverageId(),
        CoverageOutcome.NEEDS_ATTENTION,
        event.serviceDate(),
        null,
        null,
        event.reason());
  }

  /** The visit took place and nothing of it is billed to the coverage: it used nothing. */
  @EventHandler
  void on(CoveredVisitNotBilledEvent event) {
    recordVisit(
        event.visitId(),
        event.coverageId(),
        CoverageOutcome.NOT_BILLED,
        event.serviceDate(),
        null,
        null,
        event.reason());
  }

  /** What a visit that took place did to the coverage, set outright. */
  private void recordVisit(
      VisitId visit,
      CoverageId coverage,
      CoverageOutcome outcome,
      LocalDate serviceDate,
      LocalDate periodStart,
      AuthorizationId authorizationId,
      String reason) {
    jdbc.sql(
            "INSERT INTO rm_covered_visit (visit_id, coverage_id, outcome, service_date,"
                + " period_start, authorization_id, reason) VALUES (:visit, :coverage, :outcome,"
                + " :serviceDate, :periodStart, :authorization, :reason) ON CONFLICT (visit_id)"
                + " DO UPDATE SET coverage_id = EXCLUDED.coverage_id, outcome = EXCLUDED.outcome,"
                + " service_date = EXCLUDED.service_date, period_start = EXCLUDED.period_start,"
                + " authorization_id = EXCLUDED.authorization_id, reason = EXCLUDED.reason")
        .param("visit", visit.value())
        .param("coverage", coverage.value())
        .param("outcome", outcome.name())
        .param("serviceDate", serviceDate)
        .param("periodStart", periodStart)
        .param("authorization", authorization(authorizationId))
        .param("reason", reason)
        .update();
  }

  /** The completion was reversed: the visit it used goes back; its service date stays known. */
  @EventHandler
  void on(CoveredVisitReturnedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_covered_visit (visit_id, coverage_id, outcome, period_start,"
                + " authorization_id) VALUES (:visit, :coverage, :outcome, :periodStart,"
                + " :authorization) ON CONFLICT (visit_id) DO UPDATE SET"
                + " coverage_id = EXCLUDED.coverage_id, outcome = EXCLUDED.outcome,"
                + " period_start = EXCLUDED.period_start,"
                + " authorization_id = EXCLUDED.authorization_id, reason = NULL")
        .param("visit", event.visitId().value())
        .param("coverage", event.coverageId().value())
        .param("outcome", CoverageOutcome.RETURNED.name())
        .param("periodStart", event.periodStart())
        .param("authorization", authorization(event.authorizationId()))
        .update();
  }

  /** Only the last response is kept. */
  @EventHandler
  void on(EligibilityReceivedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_eligibility (coverage_id, received_at, report)"
                + " VALUES (:coverage, :receivedAt, CAST(:report AS jsonb))"
                + " ON CONFLICT (coverage_id) DO UPDATE SET received_at = EXCLUDED.received_at,"
                + " report = EXCLUDED.report")
        .param("coverage", event.coverageId().value())
        .param("receivedAt", event.receivedAt().atOffset(ZoneOffset.UTC))
        .param("report", json.write(event.report()))
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_coverage, rm_authorization, rm_covered_visit, rm_eligibility").update();
  }

  private static Map<String, Object> terms(CoverageTerms terms) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("payer", terms.payerId().value());
    columns.put("memberId", terms.memberId());
    columns.put("relation", terms.subscriberRelation().name());
    columns.put("priority", terms.priority().name());
    columns.put("periodType", terms.benefitPeriod().type().name());
    columns.put("renewsOn", CoverageRecord.RENEWS_ON.format(terms.benefitPeriod().renewsOn()));
    columns.put("visitsAllowed", terms.visitsAllowed());
    columns.put("copay", terms.costSharing().copay().amount());
    columns.put("coinsurance", terms.costSharing().coinsurancePercent());
    columns.put("deductible", terms.costSharing().deductible().amount());
    columns.put("deductibleMet", terms.costSharing().deductibleMet().amount());
    columns.put("effectiveFrom", terms.effectiveFrom());
    columns.put("effectiveUntil", terms.effectiveUntil());
    return columns;
  }

  private static Object authorization(AuthorizationId authorizationId) {
    return authorizationId == null ? null : authorizationId.value();
  }
}
