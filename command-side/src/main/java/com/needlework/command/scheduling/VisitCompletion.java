package com.needlework.command.scheduling;

import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a visit. Completing an evaluation also records its findings on the patient (a new plan
 * of care), in the same transaction: either both happen or neither.
 */
@Service
public class VisitCompletion {

  private final Commands commands;
  private final TransactionTemplate transaction;
  private final ClinicCalendar calendar;
  private final Clock clock;

  VisitCompletion(
      Commands commands, TransactionTemplate transaction, ClinicCalendar calendar, Clock clock) {
    this.commands = commands;
    this.transaction = transaction;
    this.calendar = calendar;
    this.clock = clock;
  }

  public void complete(VisitId visitId, EvaluationFindings evaluation, NeedlingTreatment needling) {
    transaction.executeWithoutResult(
        status -> {
          PatientId patientId =
              commands.sendTo(
                  "visit", visitId, new CompleteVisitCommand(visitId, evaluation, needling));
          if (evaluation != null) {
            LocalDate today = LocalDate.now(clock.withZone(calendar.clinic().orElseThrow().zone()));
            commands.send(
                new RecordEvaluationCommand(
                    patientId,
                    visitId,
                    today,
                    evaluation.complexity(),
                    evaluation.screening(),
                    evaluation.planOfCare()));
          }
        });
  }
}
