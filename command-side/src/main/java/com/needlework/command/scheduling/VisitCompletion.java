package com.needlework.command.scheduling;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.ChargeEstimate;
import com.needlework.api.billing.ChargePreview;
import com.needlework.api.billing.ChargeVisitCommand;
import com.needlework.api.billing.Charges;
import com.needlework.api.billing.PreviewChargesCommand;
import com.needlework.api.billing.ReverseVisitChargesCommand;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.RecordCoveredVisitCommand;
import com.needlework.api.insurance.ReturnCoveredVisitCommand;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.PreviewCompletionCommand;
import com.needlework.api.scheduling.ReverseVisitCompletionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.web.TransactionalCommands;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Completes a visit. Completing an evaluation also records its findings on the patient (a new plan
 * of care); the visit's charges are coded and posted to the patient's account; a covered visit with
 * a line billed to its coverage uses a visit of that coverage. All in one transaction: either
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
          LocalDate serviceDate = clock.dateOf(completed.slot().start());
          Charges charges =
              completed.visitType() == VisitType.DISCOVERY_CALL
                  ? Charges.NONE
                  : commands.send(chargeOf(visitId, completed, serviceDate, evaluation));
          if (completed.coverage() != null && completed.coverage().isCovered()) {
            commands.send(
                new RecordCoveredVisitCommand(
                    completed.coverage().coverageId(),
                    visitId,
                    serviceDate,
                    charges.coveredCodes()));
          }
          return completed;
        });
  }

  /**
   * What completing the visit with this outcome would charge, on the account as it stands; appends
   * nothing. A discovery call is free.
   */
  public ChargePreview preview(
      VisitId visitId, EvaluationFindings evaluation, NeedlingTreatment needling) {
    return transaction.inOneTransaction(
        commands -> {
          CompletedVisit visit =
              commands.sendTo(
                  "visit", visitId, new PreviewCompletionCommand(visitId, evaluation, needling));
          if (visit.visitType() == VisitType.DISCOVERY_CALL) {
            return new ChargePreview(Charges.NONE, ChargeEstimate.of(Charges.NONE, null));
          }
          return commands.send(
              new PreviewChargesCommand(
                  AccountId.of(visit.patientId()),
                  chargeOf(visitId, visit, clock.dateOf(visit.slot().start()), evaluation)));
        });
  }

  private static ChargeVisitCommand chargeOf(
      VisitId visitId, CompletedVisit visit, LocalDate serviceDate, EvaluationFindings evaluation) {
    return new ChargeVisitCommand(
        AccountId.of(visit.patientId()),
        visit.patientId(),
        visitId,
        visit.practitionerId(),
        visit.visitType(),
        serviceDate,
        visit.complexity(),
        visit.needling(),
        evaluation == null ? null : evaluation.diagnoses(),
        visit.coverage());
  }

  /**
   * Un-completes a visit completed by mistake: its charges are reversed (their invoice voided) and
   * a covered one goes back to its coverage.
   */
  public void reverse(VisitId visitId, String reason) {
    transaction.inOneTransaction(
        commands -> {
          ReversedVisit reversed =
              commands.sendTo("visit", visitId, new ReverseVisitCompletionCommand(visitId, reason));
          if (reversed.patientId() != null) {
            commands.send(
                new ReverseVisitChargesCommand(
                    AccountId.of(reversed.patientId()), visitId, reason));
          }
          VisitCoverage coverage = reversed.coverage();
          if (coverage != null && coverage.isCovered()) {
            commands.send(new ReturnCoveredVisitCommand(coverage.coverageId(), visitId));
          }
          return reversed;
        });
  }
}
