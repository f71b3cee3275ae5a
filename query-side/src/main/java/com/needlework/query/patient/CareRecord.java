package com.needlework.query.patient;

import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import java.time.LocalDate;

/**
 * A patient's current care as stored: all null (plan number 0) before the first evaluation.
 *
 * @param screeningSequence the patient aggregate's sequence number of the event that recorded the
 *     current screening
 */
record CareRecord(
    LocalDate evaluatedOn,
    EvaluationComplexity complexity,
    int planNumber,
    PlanOfCare plan,
    Screening screening,
    Long screeningSequence) {}
