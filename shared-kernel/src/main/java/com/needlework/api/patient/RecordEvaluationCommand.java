package com.needlework.api.patient;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a completed evaluation: its complexity, the screening, a new plan of care and the
 * diagnoses found (primary first). The visit is absent for an evaluation done before the patient
 * came to this system.
 */
public record RecordEvaluationCommand(
    @TargetAggregateIdentifier PatientId patientId,
    VisitId visitId,
    LocalDate evaluatedOn,
    EvaluationComplexity complexity,
    Screening screening,
    PlanOfCare planOfCare,
    Diagnoses diagnoses) {}
