package com.needlework.command.patient;

import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.AbnRecordedEvent;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.ContraindicationOverriddenEvent;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.NeedlingRule;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.api.patient.PlanOfCareUpdatedEvent;
import com.needlework.api.patient.ScreeningUpdatedEvent;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitNoShowRecordedEvent;
import com.needlework.command.consistency.TransactionalProjections;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command side's copy of each patient's current care, written with the events. Counting
 * needling sessions here, under a check constraint, gives the last session of a plan to exactly one
 * of two racing bookings.
 */
@Component
@ProcessingGroup(TransactionalProjections.CARE_RECORDS)
class CareRecordsLookup {

  private static final String PLAN_CONSTRAINT = "plan_of_care_not_exceeded";

  private final JdbcClient jdbc;

  CareRecordsLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(PatientRegisteredEvent event) {
    jdbc.sql("INSERT INTO cs_patient_care (patient_id) VALUES (:id)")
        .param("id", event.patientId().value())
        .update();
  }

  @EventHandler
  void on(EvaluationRecordedEvent event) {
    jdbc.sql(
            "UPDATE cs_patient_care SET evaluated_on = :evaluatedOn, plan_number = :plan,"
                + " sessions_allowed = :allowed, sessions_per_week = :perWeek,"
                + " certified_until = :until, sessions_counted = 0,"
                + " contraindications = :present, overridden = '', diagnoses = :diagnoses"
                + " WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param(
            "diagnoses",
            String.join(",", event.diagnoses().codes().stream().map(DiagnosisCode::value).toList()))
        .param("evaluatedOn", event.evaluatedOn())
        .param("plan", event.planNumber())
        .param("allowed", event.planOfCare().sessionsAllowed())
        .param("perWeek", event.planOfCare().sessionsPerWeek())
        .param("until", event.planOfCare().certifiedUntil())
        .param("present", names(event.screening().present()))
        .update();
  }

  @EventHandler
  void on(AbnRecordedEvent event) {
    jdbc.sql("UPDATE cs_patient_care SET abn_signed_on = :signedOn WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param("signedOn", event.signedOn())
        .update();
  }

  @EventHandler
  void on(ScreeningUpdatedEvent event) {
    jdbc.sql(
            "UPDATE cs_patient_care SET contraindications = :present, overridden = ''"
                + " WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param("present", names(event.screening().present()))
        .update();
  }

  @EventHandler
  void on(PlanOfCareUpdatedEvent event) {
    try {
      jdbc.sql(
              "UPDATE cs_patient_care SET sessions_allowed = :allowed,"
                  + " sessions_per_week = :perWeek, certified_until = :until"
                  + " WHERE patient_id = :id")
          .param("id", event.patientId().value())
          .param("allowed", event.planOfCare().sessionsAllowed())
          .param("perWeek", event.planOfCare().sessionsPerWeek())
          .param("until", event.planOfCare().certifiedUntil())
          .update();
    } catch (DataIntegrityViolationException belowCounted) {
      if (!isPlanConstraint(belowCounted)) {
        throw belowCounted;
      }
      throw Refusal.conflict(
          "The plan of care cannot allow fewer sessions than are already booked or done");
    }
  }

  @EventHandler
  void on(ContraindicationOverriddenEvent event) {
    jdbc.sql(
            "UPDATE cs_patient_care SET overridden ="
                + " CASE WHEN overridden = '' THEN :name ELSE overridden || ',' || :name END"
                + " WHERE patient_id = :id")
        .param("id", event.patientId().value())
        .param("name", event.contraindication().name())
        .update();
  }

  @EventHandler
  void on(NeedlingSessionBookedEvent event) {
    try {
      jdbc.sql(
              "UPDATE cs_patient_care SET sessions_counted = sessions_counted + 1"
                  + " WHERE patient_id = :id AND plan_number = :plan")
          .param("id", event.patientId().value())
          .param("plan", event.planNumber())
          .update();
    } catch (DataIntegrityViolationException exhausted) {
      if (!isPlanConstraint(exhausted)) {
        throw exhausted;
      }
      throw Refusal.rule(
          NeedlingRule.PLAN_OF_CARE_EXHAUSTED,
          "The last session of the plan of care was just booked by someone else");
    }
    jdbc.sql(
            "INSERT INTO cs_needling_visit (visit_id, patient_id, plan_number, counted)"
                + " VALUES (:visit, :patient, :plan, TRUE)")
        .param("visit", event.visitId().value())
        .param("patient", event.patientId().value())
        .param("plan", event.planNumber())
        .update();
  }

  @EventHandler
  void on(VisitCancelledEvent event) {
    if (event.visitType() == VisitType.NEEDLING_SESSION) {
      release(event.visitId());
    }
  }

  @EventHandler
  void on(VisitNoShowRecordedEvent event) {
    if (event.visitType() == VisitType.NEEDLING_SESSION) {
      release(event.visitId());
    }
  }

  /** A cancelled or missed session no longer counts against its plan. */
  private void release(VisitId visitId) {
    jdbc.sql(
            "UPDATE cs_patient_care c SET sessions_counted = c.sessions_counted - 1"
                + " FROM cs_needling_visit v WHERE v.visit_id = :visit AND v.counted"
                + " AND c.patient_id = v.patient_id AND c.plan_number = v.plan_number")
        .param("visit", visitId.value())
        .update();
    jdbc.sql("UPDATE cs_needling_visit SET counted = FALSE WHERE visit_id = :visit")
        .param("visit", visitId.value())
        .update();
  }

  private static boolean isPlanConstraint(DataIntegrityViolationException violation) {
    return String.valueOf(violation.getMostSpecificCause().getMessage()).contains(PLAN_CONSTRAINT);
  }

  private static String names(Set<Contraindication> contraindications) {
    return contraindications.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
