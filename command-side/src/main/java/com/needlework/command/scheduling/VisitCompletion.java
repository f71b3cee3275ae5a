package com.needlework.command.scheduling;

import com.needlework.api.insurance.RecordCoveredVisitCommand;
import com.needlework.api.insurance.ReturnCoveredVisitCommand;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.ReverseVisitCompletionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.web.TransactionalCommands;
import org.springframework.stereotype.Service;

/**
 * Completes a visit. Completing an evaluation also records its findings on the patient (a new plan
 * of care), and a covered visit uses a visit of its coverage, all in one transaction: either
 * everything happens or nothing.
 */
@Service
public class VisitCompletion {

  private final TransactionalCommands transaction;
  private final ClinicClock clock;

  VisitCompletion(TransactionalCommands transaction, ClinicClock clock) {
    this.transaction = transaction;
    this.clock = clock;
  }

  public void complete(VisitId visitId, EvaluationFindings evaluation, NeedlingTreatment needling) {
    transaction.inOneTransaction(
        commands -> {
          CompletedVisit completed =
              commands.sendTo(
                  "visit", visitId, new CompleteVisitCommand(visitId, evaluation, needling));
          if (evaluation != null) {
            commands.send(
                new RecordEvaluationCommand(
                    completed.patientId(),
                    visitId,
                    clock.today(),
                    evaluation.complexity(),
                    evaluation.screening(),
                    evaluation.planOfCare(),
                    evaluation.diagnoses()));
          }
          if (completed.coverage() != null && completed.coverage().isCovered()) {
            commands.send(
                new RecordCoveredVisitCommand(
                    completed.coverage().coverageId(),
                    visitId,
                    clock.dateOf(completed.slot().start()),
                    completed.codes()));
          }
          return completed;
        });
  }

  /** Un-completes a visit completed by mistake; a covered one goes back to its coverage. */
  public void reverse(VisitId visitId, String reason) {
    transaction.inOneTransaction(
        commands -> {
          VisitCoverage coverage =
              commands.sendTo("visit", visitId, new ReverseVisitCompletionCommand(visitId, reason));
          if (coverage != null && coverage.isCovered()) {
            commands.send(new ReturnCoveredVisitCommand(coverage.coverageId(), visitId));
          }
          return coverage;
        });
  }
}
