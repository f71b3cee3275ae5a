package com.needlework.query.patient;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.scheduling.SeriesId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.Labels;
import com.needlework.query.schedule.VisitPayment;
import com.needlework.query.web.ReadModelJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the patients read model, with each patient's visits (and how they are paid) from the
 * schedule.
 */
@Component
public class PatientRecords {

  static final int MAX_SEARCH_RESULTS = 50;
  static final int MAX_SEARCH_LENGTH = 200;

  private final JdbcClient jdbc;
  private final ReadModelJson json;
  private final ClinicRecords clinicRecords;

  PatientRecords(JdbcClient jdbc, ReadModelJson json, ClinicRecords clinicRecords) {
    this.jdbc = jdbc;
    this.json = json;
    this.clinicRecords = clinicRecords;
  }

  /** What the needling rules need to know of the patient; refused as not found when unknown. */
  public CareSnapshot care(PatientId patientId) {
    PatientRecord patient = require(patientId);
    return PlanProgress.snapshot(
        patient.care(),
        visits(patient, clinicRecords.openClinic().zone(), clinicRecords.labels()),
        overrides(patientId));
  }

  /** Refuses as not found a patient the patients read model does not know. */
  public void requireKnown(PatientId patientId) {
    boolean known =
        jdbc.sql("SELECT count(*) FROM rm_patient WHERE patient_id = :id")
                .param("id", patientId.value())
                .query(Integer.class)
                .single()
            > 0;
    if (!known) {
      throw Refusal.notFound("patient", patientId);
    }
  }

  /**
   * Patients whose plan of care is certified until {@code today} or later, with the sessions the
   * plan still allows, counted as {@link PlanProgress} counts them.
   */
  public List<ActivePlan> activePlans(LocalDate today) {
    record Session(PatientId patientId, VisitType type, Integer planNumber, VisitStatus status) {}
    Map<PatientId, List<Session>> sessions =
        jdbc
            .sql(
                "SELECT v.patient_id, v.visit_type, v.plan_number, v.status FROM rm_visit v"
                    + " JOIN rm_patient p ON p.patient_id = v.patient_id"
                    + " WHERE p.certified_until >= :today AND v.plan_number = p.plan_number")
            .param("today", today)
            .query(
                (rs, row) ->
                    new Session(
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        VisitType.valueOf(rs.getString("visit_type")),
                        rs.getObject("plan_number", Integer.class),
                        VisitStatus.valueOf(rs.getString("status"))))
            .list()
            .stream()
            .collect(Collectors.groupingBy(Session::patientId));
    return jdbc.sql(
            "SELECT patient_id, name, plan_number, sessions_allowed, certified_until"
                + " FROM rm_patient WHERE certified_until >= :today ORDER BY name, patient_id")
        .param("today", today)
        .query(
            (rs, row) -> {
              PatientId patient = new PatientId(rs.getObject("patient_id", UUID.class));
              int planNumber = rs.getInt("plan_number");
              long used =
                  sessions.getOrDefault(patient, List.of()).stream()
                      .filter(
                          s ->
                              PlanProgress.countsAgainst(
                                  planNumber, s.type(), s.planNumber(), s.status()))
                      .count();
              return new ActivePlan(
                  patient,
                  rs.getString("name"),
                  rs.getObject("certified_until", LocalDate.class),
                  (int) Math.max(0, rs.getInt("sessions_allowed") - used));
            })
        .list();
  }

  PatientResponse details(PatientId patientId) {
    ZoneId zone = clinicRecords.openClinic().zone();
    PatientRecord patient = require(patientId);
    return PatientResponse.of(
        patient, overrides(patientId), visits(patient, zone, clinicRecords.labels()), zone);
  }

  /** Patients whose name contains {@code name}, ignoring case, in order of name. */
  public List<PatientSummary> search(String name) {
    if (name == null || name.isBlank()) {
      throw Refusal.invalid("Give part of a name to search for");
    }
    if (name.length() > MAX_SEARCH_LENGTH) {
      throw Refusal.invalid("Search for at most " + MAX_SEARCH_LENGTH + " characters of a name");
    }
    Texts.oneLine(name, "name to search for");
    return jdbc.sql(
            "SELECT patient_id, name, date_of_birth FROM rm_patient"
                + " WHERE strpos(lower(name), lower(:name)) > 0"
                + " ORDER BY lower(name), patient_id LIMIT :limit")
        .param("name", name.strip())
        .param("limit", MAX_SEARCH_RESULTS)
        .query(
            (rs, row) ->
                new PatientSummary(
                    new PatientId(rs.getObject("patient_id", UUID.class)),
                    rs.getString("name"),
                    rs.getObject("date_of_birth", LocalDate.class)))
        .list();
  }

  /** The patient's record; refused as not found when there is no such patient. */
  public PatientRecord require(PatientId patientId) {
    return jdbc.sql(
            "SELECT patient_id, name, date_of_birth, phone, email, converted_from, evaluated_on,"
                + " complexity, plan_number, sessions_allowed, sessions_per_week,"
                + " certified_until, screening::text AS screening, screening_sequence"
                + " FROM rm_patient WHERE patient_id = :id")
        .param("id", patientId.value())
        .query((rs, row) -> patient(rs))
        .optional()
        .orElseThrow(() -> Refusal.notFound("patient", patientId));
  }

  private PatientRecord patient(ResultSet rs) throws SQLException {
    UUID convertedFrom = rs.getObject("converted_from", UUID.class);
    String complexity = rs.getString("complexity");
    String screening = rs.getString("screening");
    LocalDate certifiedUntil = rs.getObject("certified_until", LocalDate.class);
    return new PatientRecord(
        new PatientId(rs.getObject("patient_id", UUID.class)),
        rs.getString("name"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("phone"),
        rs.getString("email"),
        convertedFrom == null ? null : new ProspectId(convertedFrom),
        new CareRecord(
            rs.getObject("evaluated_on", LocalDate.class),
            complexity == null ? null : EvaluationComplexity.valueOf(complexity),
            rs.getInt("plan_number"),
            certifiedUntil == null
                ? null
                : new PlanOfCare(
                    rs.getInt("sessions_allowed"), rs.getInt("sessions_per_week"), certifiedUntil),
            screening == null ? null : json.read(screening, Screening.class),
            rs.getObject("screening_sequence", Long.class)));
  }

  private List<OverrideRecord> overrides(PatientId patientId) {
    return jdbc.sql(
            "SELECT sequence, contraindication, reason, clinician, overridden_at"
                + " FROM rm_contraindication_override WHERE patient_id = :id ORDER BY sequence")
        .param("id", patientId.value())
        .query(
            (rs, row) ->
                new OverrideRecord(
                    rs.getLong("sequence"),
                    Contraindication.valueOf(rs.getString("contraindication")),
                    rs.getString("reason"),
                    rs.getString("clinician"),
                    rs.getObject("overridden_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The patient's visits, newest first, with the discovery calls they booked as a prospect. */
  private List<PatientVisit> visits(PatientRecord patient, ZoneId zone, Labels labels) {
    String asProspect = patient.convertedFrom() == null ? "" : " OR v.prospect_id = :prospect";
    JdbcClient.StatementSpec statement =
        jdbc.sql(
                "SELECT v.visit_id, v.visit_type, v.start_at, v.end_at, v.status,"
                    + " v.late_cancellation, v.practitioner_id, v.room_id, v.plan_number,"
                    + " v.series_id, "
                    + VisitPayment.COLUMNS
                    + " FROM rm_visit v"
                    + VisitPayment.JOIN
                    + " WHERE v.patient_id = :patient"
                    + asProspect
                    + " ORDER BY v.start_at DESC, v.visit_id")
            .param("patient", patient.patientId().value());
    if (patient.convertedFrom() != null) {
      statement = statement.param("prospect", patient.convertedFrom().value());
    }
    return statement.query((rs, row) -> visit(rs, zone, labels)).list();
  }

  private static PatientVisit visit(ResultSet rs, ZoneId zone, Labels labels) throws SQLException {
    PractitionerId practitioner = new PractitionerId(rs.getObject("practitioner_id", UUID.class));
    UUID room = rs.getObject("room_id", UUID.class);
    RoomId roomId = room == null ? null : new RoomId(room);
    UUID series = rs.getObject("series_id", UUID.class);
    VisitPayment payment = VisitPayment.read(rs);
    return new PatientVisit(
        new VisitId(rs.getObject("visit_id", UUID.class)),
        VisitType.valueOf(rs.getString("visit_type")),
        rs.getObject("start_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
        rs.getObject("end_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
        VisitStatus.valueOf(rs.getString("status")),
        rs.getBoolean("late_cancellation"),
        practitioner,
        labels.practitioner(practitioner),
        roomId,
        labels.room(roomId),
        rs.getObject("plan_number", Integer.class),
        series == null ? null : new SeriesId(series),
        payment.coverageStatus(),
        payment.coverageReason());
  }
}
