package com.needlework.api.scheduling;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;

/** What an evaluation found: its complexity, the screening and the plan of care. */
public record EvaluationFindings(
    EvaluationComplexity complexity,
    Screening screening,
    PlanOfCare planOfCare,
    Diagnoses diagnoses) {

  public EvaluationFindings {
    if (complexity == null) {
      throw Refusal.invalid("An evaluation's complexity is LOW, MODERATE or HIGH");
    }
    if (screening == null) {
      throw Refusal.invalid("An evaluation records the contraindication screening");
    }
    if (planOfCare == null) {
      throw Refusal.invalid("An evaluation records a plan of care");
    }
    diagnoses = diagnoses == null ? Diagnoses.NONE : diagnoses;
  }
}
