package com.needlework.query.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.EligibilityReport;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.SubscriberRelation;
import com.needlework.api.patient.PatientId;
import com.needlework.query.insurance.CoverageActivity.BookedVisit;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import com.needlework.query.insurance.CoverageView.LastEligibility;
import com.needlework.query.web.ReadModelJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads coverages, their authorizations and eligibility, and what their covered visits did: the
 * coverage's word on completed visits, and the covered visits still booked or under way from the
 * schedule. Each read is of one patient, or of every patient when the patient is null.
 */
@Component
class CoverageRecords {

  private static final String OF_PATIENT = "(CAST(:patient AS uuid) IS NULL OR %s = :patient)";

  private final JdbcClient jdbc;
  private final ReadModelJson json;

  CoverageRecords(JdbcClient jdbc, ReadModelJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** In no particular order: the benefits rule orders them ({@code Benefits.payingOrder()}). */
  List<CoverageRecord> coverages(PatientId patient) {
    return jdbc.sql(
            "SELECT coverage_id, patient_id, payer_id, member_id, subscriber_relation, priority,"
                + " period_type, renews_on, visits_allowed, copay, coinsurance_percent,"
                + " deductible, deductible_met, effective_from, effective_until, last_day,"
                + " used_so_far_start, used_so_far_end, visits_used_so_far FROM rm_coverage"
                + " WHERE "
                + OF_PATIENT.formatted("patient_id"))
        .param("patient", id(patient))
        .query((rs, row) -> coverage(rs))
        .list();
  }

  /** The patient a coverage belongs to. */
  Optional<PatientId> patientOf(CoverageId coverageId) {
    return jdbc.sql("SELECT patient_id FROM rm_coverage WHERE coverage_id = :coverage")
        .param("coverage", coverageId.value())
        .query((rs, row) -> new PatientId(rs.getObject("patient_id", UUID.class)))
        .optional();
  }

  /**
   * What each coverage's covered visits did: visits used by period and authorization, and covered
   * visits booked or under way with their clinic-local date.
   */
  Map<CoverageId, CoverageActivity> activity(PatientId patient, ZoneId zone) {
    record Used(CoverageId coverageId, UsedVisits visits) {}
    record Booked(CoverageId coverageId, BookedVisit visit) {}
    Map<CoverageId, List<UsedVisits>> used =
        jdbc
            .sql(
                "SELECT cv.coverage_id, cv.period_start, cv.authorization_id, count(*) AS visits"
                    + " FROM rm_covered_visit cv JOIN rm_coverage c"
                    + " ON c.coverage_id = cv.coverage_id WHERE cv.outcome = :used AND "
                    + OF_PATIENT.formatted("c.patient_id")
                    + " GROUP BY cv.coverage_id, cv.period_start, cv.authorization_id")
            .param("used", CoverageOutcome.USED.name())
            .param("patient", id(patient))
            .query(
                (rs, row) ->
                    new Used(
                        new CoverageId(rs.getObject("coverage_id", UUID.class)),
                        new UsedVisits(
                            rs.getObject("period_start", LocalDate.class),
                            authorization(rs),
                            rs.getInt("visits"))))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Used::coverageId, Collectors.mapping(Used::visits, Collectors.toList())));
    Map<CoverageId, List<BookedVisit>> booked =
        jdbc
            .sql(
                "SELECT v.coverage_id, v.start_at, v.coverage_period_start, v.authorization_id"
                    + " FROM rm_visit v WHERE v.coverage_status = :covered"
                    + " AND v.status IN ('BOOKED', 'ARRIVED') AND "
                    + OF_PATIENT.formatted("v.patient_id"))
            .param("covered", CoverageStatus.COVERED.name())
            .param("patient", id(patient))
            .query(
                (rs, row) ->
                    new Booked(
                        new CoverageId(rs.getObject("coverage_id", UUID.class)),
                        new BookedVisit(
                            rs.getObject("start_at", OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate(),
                            rs.getObject("coverage_period_start", LocalDate.class),
                            authorization(rs))))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Booked::coverageId, Collectors.mapping(Booked::visit, Collectors.toList())));
    Map<CoverageId, CoverageActivity> activity = new HashMap<>();
    used.forEach(
        (coverage, visits) ->
            activity.put(
                coverage, new CoverageActivity(visits, booked.getOrDefault(coverage, List.of()))));
    booked.forEach(
        (coverage, visits) ->
            activity.putIfAbsent(coverage, new CoverageActivity(List.of(), visits)));
    return activity;
  }

  Map<CoverageId, List<Authorization>> authorizations(PatientId patient) {
    record Row(CoverageId coverageId, Authorization authorization) {}
    return jdbc
        .sql(
            "SELECT a.coverage_id, a.authorization_id, a.number, a.visits_authorized,"
                + " a.valid_from, a.valid_to, a.codes FROM rm_authorization a"
                + " JOIN rm_coverage c ON c.coverage_id = a.coverage_id WHERE "
                + OF_PATIENT.formatted("c.patient_id")
                + " ORDER BY a.valid_from, a.number")
        .param("patient", id(patient))
        .query(
            (rs, row) ->
                new Row(
                    new CoverageId(rs.getObject("coverage_id", UUID.class)),
                    new Authorization(
                        authorization(rs),
                        rs.getString("number"),
                        rs.getInt("visits_authorized"),
                        new DateRange(
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class)),
                        Set.of((String[]) rs.getArray("codes").getArray()))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::coverageId, Collectors.mapping(Row::authorization, Collectors.toList())));
  }

  Map<CoverageId, LastEligibility> eligibility(PatientId patient, ZoneId zone) {
    record Row(CoverageId coverageId, LastEligibility eligibility) {}
    return jdbc
        .sql(
            "SELECT e.coverage_id, e.received_at, e.report::text AS report FROM rm_eligibility e"
                + " JOIN rm_coverage c ON c.coverage_id = e.coverage_id WHERE "
                + OF_PATIENT.formatted("c.patient_id"))
        .param("patient", id(patient))
        .query(
            (rs, row) ->
                new Row(
                    new CoverageId(rs.getObject("coverage_id", UUID.class)),
                    new LastEligibility(
                        rs.getObject("received_at", OffsetDateTime.class)
                            .atZoneSameInstant(zone)
                            .toOffsetDateTime(),
                        json.read(rs.getString("report"), EligibilityReport.class))))
        .list()
        .stream()
        .collect(Collectors.toMap(Row::coverageId, Row::eligibility));
  }

  /** The names of the patients who have a coverage, from the patients read model. */
  Map<PatientId, String> coveredPatientNames() {
    record Row(PatientId patientId, String name) {}
    return jdbc
        .sql(
            "SELECT p.patient_id, p.name FROM rm_patient p"
                + " WHERE p.patient_id IN (SELECT patient_id FROM rm_coverage)")
        .query(
            (rs, row) ->
                new Row(
                    new PatientId(rs.getObject("patient_id", UUID.class)), rs.getString("name")))
        .list()
        .stream()
        .collect(Collectors.toMap(Row::patientId, Row::name));
  }

  private static CoverageRecord coverage(ResultSet rs) throws SQLException {
    BenefitPeriodType periodType = BenefitPeriodType.valueOf(rs.getString("period_type"));
    return new CoverageRecord(
        new CoverageId(rs.getObject("coverage_id", UUID.class)),
        new PatientId(rs.getObject("patient_id", UUID.class)),
        new CoverageTerms(
            new PayerId(rs.getObject("payer_id", UUID.class)),
            rs.getString("member_id"),
            SubscriberRelation.valueOf(rs.getString("subscriber_relation")),
            CoveragePriority.valueOf(rs.getString("priority")),
            new BenefitPeriod(periodType, CoverageRecord.renewsOn(rs.getString("renews_on"))),
            rs.getInt("visits_allowed"),
            new CostSharing(
                Money.of(rs.getBigDecimal("copay")),
                rs.getBigDecimal("coinsurance_percent"),
                Money.of(rs.getBigDecimal("deductible")),
                Money.of(rs.getBigDecimal("deductible_met"))),
            rs.getObject("effective_from", LocalDate.class),
            rs.getObject("effective_until", LocalDate.class)),
        rs.getObject("last_day", LocalDate.class),
        new DateRange(
            rs.getObject("used_so_far_start", LocalDate.class),
            rs.getObject("used_so_far_end", LocalDate.class)),
        rs.getInt("visits_used_so_far"));
  }

  private static AuthorizationId authorization(ResultSet rs) throws SQLException {
    UUID authorization = rs.getObject("authorization_id", UUID.class);
    return authorization == null ? null : new AuthorizationId(authorization);
  }

  private static UUID id(PatientId patient) {
    return patient == null ? null : patient.value();
  }
}
