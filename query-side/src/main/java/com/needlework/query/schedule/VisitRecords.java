package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads visits with their attendee (a prospect for discovery calls, otherwise the patient) and how
 * they are paid.
 */
@Component
class VisitRecords {

  private final JdbcClient jdbc;

  private static final String SELECT =
      "SELECT v.visit_id, v.visit_type, v.start_at, v.end_at, v.practitioner_id, v.room_id,"
          + " v.status, v.late_cancellation, v.checked_in_at, v.prospect_id, v.patient_id,"
          + " pr.name AS prospect_name, pr.phone AS prospect_phone,"
          + " pa.name AS patient_name, pa.phone AS patient_phone, "
          + VisitPayment.COLUMNS
          + " FROM rm_visit v"
          + " LEFT JOIN rm_prospect pr ON pr.prospect_id = v.prospect_id"
          + " LEFT JOIN rm_patient pa ON pa.patient_id = v.patient_id"
          + VisitPayment.JOIN;

  VisitRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One visit; empty when there is no such visit. */
  Optional<VisitRow> byId(VisitId visitId) {
    return jdbc.sql(SELECT + " WHERE v.visit_id = :visit")
        .param("visit", visitId.value())
        .query((rs, row) -> visit(rs))
        .optional();
  }

  /**
   * Visits starting in [from, to), in order of start; of one practitioner or one room when given.
   */
  List<VisitRow> startingBetween(
      Instant from, Instant to, PractitionerId practitioner, RoomId room) {
    StringBuilder sql =
        new StringBuilder(SELECT + " WHERE v.start_at >= :from AND v.start_at < :to");
    if (practitioner != null) {
      sql.append(" AND v.practitioner_id = :practitioner");
    }
    if (room != null) {
      sql.append(" AND v.room_id = :room");
    }
    sql.append(" ORDER BY v.start_at, v.visit_id");
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql.toString())
            .param("from", from.atOffset(ZoneOffset.UTC))
            .param("to", to.atOffset(ZoneOffset.UTC));
    if (practitioner != null) {
      statement = statement.param("practitioner", practitioner.value());
    }
    if (room != null) {
      statement = statement.param("room", room.value());
    }
    return statement.query((rs, row) -> visit(rs)).list();
  }

  private static VisitRow visit(ResultSet rs) throws SQLException {
    UUID room = rs.getObject("room_id", UUID.class);
    OffsetDateTime checkedInAt = rs.getObject("checked_in_at", OffsetDateTime.class);
    return new VisitRow(
        new VisitId(rs.getObject("visit_id", UUID.class)),
        VisitType.valueOf(rs.getString("visit_type")),
        rs.getObject("start_at", OffsetDateTime.class).toInstant(),
        rs.getObject("end_at", OffsetDateTime.class).toInstant(),
        new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
        room == null ? null : new RoomId(room),
        VisitStatus.valueOf(rs.getString("status")),
        rs.getBoolean("late_cancellation"),
        attendee(rs),
        checkedInAt == null ? null : checkedInAt.toInstant(),
        VisitPayment.read(rs));
  }

  /** A patient not yet projected is shown by id only: the patients read model may lag. */
  private static Attendee attendee(ResultSet rs) throws SQLException {
    UUID prospect = rs.getObject("prospect_id", UUID.class);
    if (prospect != null) {
      return new Attendee(
          VisitRow.PROSPECT,
          prospect.toString(),
          rs.getString("prospect_name"),
          rs.getString("prospect_phone"));
    }
    UUID patient = rs.getObject("patient_id", UUID.class);
    if (patient != null) {
      return new Attendee(
          VisitRow.PATIENT,
          patient.toString(),
          rs.getString("patient_name"),
          rs.getString("patient_phone"));
    }
    return null;
  }
}
