package com.needlework.query.patient;

import com.needlework.api.patient.ContraindicationOverriddenEvent;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.api.patient.PlanOfCareUpdatedEvent;
import com.needlework.api.patient.ScreeningUpdatedEvent;
import com.needlework.query.consistency.ReadModels;
import com.needlework.query.web.ReadModelJson;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects patients and their care. Screenings and overrides keep the patient aggregate's sequence
 * number, so "overridden since the current screening" is a comparison that a replay reproduces.
 */
@Component
@ProcessingGroup(ReadModels.PATIENTS)
class PatientProjection {

  private final JdbcClient jdbc;
  private final ReadModelJson json;

  PatientProjection(JdbcClient jdbc, ReadModelJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventHandler
  void on(PatientRegisteredEvent event) {
    jdbc.sql(
            "INSERT INTO rm_patient (patient_id, name, phone, email, date_of_birth, converted_from)"
                + " VALUES (:id, :name, :phone, :email, :dateOfBirth, :convertedFrom)"
                + " ON CONFLICT (patient_id) DO UPDATE SET name = EXCLUDED.name,"
                + " phone = EXCLUDED.phone, email = EXCLUDED.email,"
                + " date_of_birth = EXCLUDED.date_of_birth, converted_from = EXCLUDED.converted_from")
        .param("id", event.patientId().value())
        .param("name", event.details().contact().name())
        .param("phone", event.details().contact().phone())
        .param("email", event.details().contact().email())
        .param("dateOfBirth", event.details().dateOfBirth())
        .param(
            "convertedFrom", event.convertedFrom() == null ? null : event.convertedFrom().value())
        .update();
  }

  @EventHandler
  void on(EvaluationRecordedEvent event, @SequenceNumber long sequence) {
    jdbc.sql(
            "UPDATE rm_patient SET evaluated_on = :evaluatedOn, complexity = :complexity,"
                + " plan_number = :planNumber, sessions_allowed = :allowed,"
                + " sessions_per_week = :perWeek, certified_until = :certifiedUntil,"
                + " screening = CAST(:screening AS jsonb), screening_sequence = :sequence"
                + " WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param("evaluatedOn", event.evaluatedOn())
        .param("complexity", event.complexity().name())
        .param("planNumber", event.planNumber())
        .param("allowed", event.planOfCare().sessionsAllowed())
        .param("perWeek", event.planOfCare().sessionsPerWeek())
        .param("certifiedUntil", event.planOfCare().certifiedUntil())
        .param("screening", json.write(event.screening()))
        .param("sequence", sequence)
        .update();
  }

  @EventHandler
  void on(ScreeningUpdatedEvent event, @SequenceNumber long sequence) {
    jdbc.sql(
            "UPDATE rm_patient SET screening = CAST(:screening AS jsonb),"
                + " screening_sequence = :sequence WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param("screening", json.write(event.screening()))
        .param("sequence", sequence)
        .update();
  }

  @EventHandler
  void on(PlanOfCareUpdatedEvent event) {
    jdbc.sql(
            "UPDATE rm_patient SET plan_number = :planNumber, sessions_allowed = :allowed,"
                + " sessions_per_week = :perWeek, certified_until = :certifiedUntil"
                + " WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param("planNumber", event.planNumber())
        .param("allowed", event.planOfCare().sessionsAllowed())
        .param("perWeek", event.planOfCare().sessionsPerWeek())
        .param("certifiedUntil", event.planOfCare().certifiedUntil())
        .update();
  }

  @EventHandler
  void on(ContraindicationOverriddenEvent event, @SequenceNumber long sequence) {
    jdbc.sql(
            "INSERT INTO rm_contraindication_override (patient_id, sequence, contraindication,"
                + " reason, clinician, overridden_at) VALUES (:id, :sequence, :contraindication,"
                + " :reason, :clinician, :overriddenAt) ON CONFLICT (patient_id, sequence) DO NOTHING")
        .param("id", event.patientId().value())
        .param("sequence", sequence)
        .param("contraindication", event.contraindication().name())
        .param("reason", event.reason())
        .param("clinician", event.clinician())
        .param("overriddenAt", event.overriddenAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_patient, rm_contraindication_override").update();
  }
}
