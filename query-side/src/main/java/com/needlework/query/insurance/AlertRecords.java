package com.needlework.query.insurance;

import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.patient.PatientId;
import com.needlework.query.clinic.ClinicClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the alerts, newest first, with the patient's name and the authorization's number. */
@Component
class AlertRecords {

  private final JdbcClient jdbc;
  private final ClinicClock clock;

  AlertRecords(JdbcClient jdbc, ClinicClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<BenefitAlert> alerts() {
    ZoneId zone = clock.zone();
    return jdbc.sql(
            "SELECT a.kind, a.patient_id, p.name AS patient_name, a.coverage_id,"
                + " a.authorization_id, au.number AS authorization_number, a.due_on, a.visits,"
                + " a.raised_at FROM rm_benefit_alert a"
                + " LEFT JOIN rm_patient p ON p.patient_id = a.patient_id"
                + " LEFT JOIN rm_authorization au ON au.authorization_id = a.authorization_id"
                + " ORDER BY a.raised_at DESC, a.alert_id")
        .query((rs, row) -> alert(rs, zone))
        .list();
  }

  private static BenefitAlert alert(ResultSet rs, ZoneId zone) throws SQLException {
    AlertKind kind = AlertKind.valueOf(rs.getString("kind"));
    UUID coverage = rs.getObject("coverage_id", UUID.class);
    UUID authorization = rs.getObject("authorization_id", UUID.class);
    LocalDate date = rs.getObject("due_on", LocalDate.class);
    return new BenefitAlert(
        kind,
        new PatientId(rs.getObject("patient_id", UUID.class)),
        rs.getString("patient_name"),
        coverage == null ? null : new CoverageId(coverage),
        authorization == null ? null : new AuthorizationId(authorization),
        date,
        BenefitAlert.message(kind, date, rs.getInt("visits"), rs.getString("authorization_number")),
        rs.getObject("raised_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime());
  }
}
