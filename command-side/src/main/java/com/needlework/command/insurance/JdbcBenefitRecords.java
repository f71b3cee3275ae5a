package com.needlework.command.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.patient.PatientId;
import com.needlework.command.scheduling.BenefitRecords;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads coverages, their counts and authorizations from the command side's copy. */
@Component
class JdbcBenefitRecords implements BenefitRecords, Payers {

  private final JdbcClient jdbc;

  JdbcBenefitRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(PayerId payerId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cs_payer WHERE payer_id = :id)")
        .param("id", payerId.value())
        .query(Boolean.class)
        .single();
  }

  private record CoverageRow(
      UUID coverageId,
      String payerName,
      CoveragePriority priority,
      boolean needlingCovered,
      BenefitPeriod period,
      int visitsAllowed) {}

  @Override
  public List<CoverageSnapshot> coveragesOn(PatientId patientId, LocalDate date) {
    return jdbc
        .sql(
            "SELECT c.coverage_id, p.name, c.priority, p.needling_covered, c.period_type,"
                + " c.renews_on, c.visits_allowed FROM cs_coverage c"
                + " JOIN cs_payer p ON p.payer_id = c.payer_id WHERE c.patient_id = :patient"
                + " AND c.effective_from <= :date"
                + " AND (c.effective_until IS NULL OR c.effective_until >= :date)"
                + " ORDER BY c.priority = 'PRIMARY' DESC, c.effective_from, c.coverage_id")
        .param("patient", patientId.value())
        .param("date", date)
        .query(
            (rs, row) ->
                new CoverageRow(
                    rs.getObject("coverage_id", UUID.class),
                    rs.getString("name"),
                    CoveragePriority.valueOf(rs.getString("priority")),
                    rs.getBoolean("needling_covered"),
                    new BenefitPeriod(
                        BenefitPeriodType.valueOf(rs.getString("period_type")),
                        MonthDay.parse(rs.getString("renews_on"))),
                    rs.getInt("visits_allowed")))
        .list()
        .stream()
        .map(coverage -> snapshot(coverage, date))
        .toList();
  }

  private CoverageSnapshot snapshot(CoverageRow coverage, LocalDate date) {
    DateRange period = coverage.period().containing(date);
    int[] counts =
        jdbc.sql(
                "SELECT used, booked FROM cs_benefit_usage WHERE coverage_id = :id"
                    + " AND period_start = :start")
            .param("id", coverage.coverageId())
            .param("start", period.start())
            .query((rs, row) -> new int[] {rs.getInt("used"), rs.getInt("booked")})
            .optional()
            .orElse(new int[] {0, 0});
    return new CoverageSnapshot(
        new CoverageId(coverage.coverageId()),
        coverage.payerName(),
        coverage.priority(),
        coverage.needlingCovered(),
        period,
        coverage.visitsAllowed(),
        counts[0],
        counts[1],
        authorizations(coverage.coverageId()));
  }

  private List<AuthorizationSnapshot> authorizations(UUID coverageId) {
    return jdbc.sql(
            "SELECT * FROM cs_authorization WHERE coverage_id = :id ORDER BY valid_to, number")
        .param("id", coverageId)
        .query(
            (rs, row) ->
                new AuthorizationSnapshot(
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
