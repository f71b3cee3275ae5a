package com.needlework.api.scheduling;

import com.needlework.api.common.InvalidValueException;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;

/** What an evaluation found: its complexity, the screening and the plan of care. */
public record EvaluationFindings(
    EvaluationComplexity complexity, Screening screening, PlanOfCare planOfCare) {

  public EvaluationFindings {
    if (complexity == null) {
      throw new InvalidValueException("An evaluation's complexity is LOW, MODERATE or HIGH");
    }
    if (screening == null) {
      throw new InvalidValueException("An evaluation records the contraindication screening");
    }
    if (planOfCare == null) {
      throw new InvalidValueException("An evaluation records a plan of care");
    }
  }
}
