package com.needlework.command.insurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageStanding;
import com.needlework.api.insurance.CoveredVisits;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads coverages, their counts and authorizations from the command side's copy. A standing is read
 * with its rows locked ({@code FOR UPDATE}), so two bookings for the last covered visit of a period
 * take turns and the second sees the first's booking; the benefits rule decides, not SQL.
 */
@Component
class JdbcBenefitRecords implements BenefitRecords, Payers, CoverageBilling {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  JdbcBenefitRecords(JdbcClient jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public Optional<BillingTerms> billingTermsOf(CoverageId coverageId) {
    return jdbc.sql(
            "SELECT p.payer_id, p.name, p.rules::text AS rules,"
                + " c.cost_sharing::text AS cost_sharing FROM cs_coverage c"
                + " JOIN cs_payer p ON p.payer_id = c.payer_id WHERE c.coverage_id = :id")
        .param("id", coverageId.value())
        .query(
            (rs, row) ->
                new BillingTerms(
                    new PayerId(rs.getObject("payer_id", UUID.class)),
                    rs.getString("name"),
                    read(rs.getString("rules"), PayerRules.class),
                    read(rs.getString("cost_sharing"), CostSharing.class)))
        .optional();
  }

  private <T> T read(String stored, Class<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), unreadable);
    }
  }

  @Override
  public boolean exists(PayerId payerId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cs_payer WHERE payer_id = :id)")
        .param("id", payerId.value())
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<CoverageOnFile> coverages(PatientId patientId) {
    return jdbc.sql(
            "SELECT c.coverage_id, c.priority, c.effective_from, c.effective_until, p.name,"
                + " p.needling_covered, p.medicare, c.period_type, c.renews_on, c.visits_allowed"
                + " FROM cs_coverage c JOIN cs_payer p ON p.payer_id = c.payer_id"
                + " WHERE c.patient_id = :patient")
        .param("patient", patientId.value())
        .query(
            (rs, row) ->
                new CoverageOnFile(
                    new CoverageId(rs.getObject("coverage_id", UUID.class)),
                    CoveragePriority.valueOf(rs.getString("priority")),
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getObject("effective_until", LocalDate.class),
                    rs.getString("name"),
                    rs.getBoolean("needling_covered"),
                    rs.getBoolean("medicare"),
                    new BenefitPeriod(
                        BenefitPeriodType.valueOf(rs.getString("period_type")),
                        MonthDay.parse(rs.getString("renews_on"))),
                    rs.getInt("visits_allowed")))
        .list();
  }

  @Override
  public CoverageStanding holdStanding(CoverageOnFile coverage, LocalDate day) {
    DateRange period = coverage.benefitPeriod().containing(day);
    UUID coverageId = coverage.coverageId().value();
    jdbc.sql(
            "INSERT INTO cs_benefit_usage (coverage_id, period_start, used, booked)"
                + " VALUES (:id, :start, 0, 0) ON CONFLICT DO NOTHING")
        .param("id", coverageId)
        .param("start", period.start())
        .update();
    CoveredVisits visits =
        jdbc.sql(
                "SELECT used, booked FROM cs_benefit_usage WHERE coverage_id = :id"
                    + " AND period_start = :start FOR UPDATE")
            .param("id", coverageId)
            .param("start", period.start())
            .query(
                (rs, row) ->
                    new CoveredVisits(
                        coverage.visitsAllowed(), rs.getInt("used"), rs.getInt("booked")))
            .single();
    return new CoverageStanding(coverage.coverageId(), period, visits, authorizations(coverageId));
  }

  private List<AuthorizationUse> authorizations(UUID coverageId) {
    return jdbc.sql(
            "SELECT * FROM cs_authorization WHERE coverage_id = :id"
                + " ORDER BY valid_to, number FOR UPDATE")
        .param("id", coverageId)
        .query(
            (rs, row) ->
                new AuthorizationUse(
                    new Authorization(
                        new AuthorizationId(rs.getObject("authorization_id", UUID.class)),
                        rs.getString("number"),
                        rs.getInt("units"),
                        new DateRange(
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class)),
                        codes(rs.getString("codes"))),
                    rs.getInt("used"),
                    rs.getInt("booked")))
        .list();
  }

  private static Set<String> codes(String codes) {
    return Arrays.stream(codes.split(","))
        .filter(code -> !code.isBlank())
        .collect(Collectors.toSet());
  }
}
