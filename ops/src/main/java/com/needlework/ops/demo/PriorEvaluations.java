package com.needlework.ops.demo;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.patient.Screening;
import java.time.LocalDate;

/** Evaluations done before a patient came to this system, as the demo clinic records them. */
public final class PriorEvaluations {

  private PriorEvaluations() {}

  /** Low complexity, with a plan of {@code sessions}, two a week, certified for 60 days. */
  public static RecordEvaluationCommand lowComplexity(
      PatientId patient,
      LocalDate evaluatedOn,
      int sessions,
      Screening screening,
      Diagnoses diagnoses) {
    return new RecordEvaluationCommand(
        patient,
        null,
        evaluatedOn,
        EvaluationComplexity.LOW,
        screening,
        new PlanOfCare(sessions, 2, evaluatedOn.plusDays(60)),
        diagnoses);
  }
}
