package com.needlework.command.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.patient.AbnRecordedEvent;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.ContraindicationOverriddenEvent;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.OverrideContraindicationCommand;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.PlanOfCareEndingSoonEvent;
import com.needlework.api.patient.PlanOfCareUpdatedEvent;
import com.needlework.api.patient.RecordAbnCommand;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.patient.RegisterPatientCommand;
import com.needlework.api.patient.ScreeningUpdatedEvent;
import com.needlework.api.patient.UpdatePlanOfCareCommand;
import com.needlework.api.patient.UpdateScreeningCommand;
import com.needlework.command.clinic.ClinicClock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient and their current episode of care: the last evaluation, the screening, the plan of care
 * (numbered: each evaluation starts a new one) and clinicians' overrides.
 */
@Aggregate
class Patient {

  /** The deadline's name and payload are stored with it: renaming them breaks it. */
  static final String CERTIFICATION_ENDING = "plan-certification-ending";

  private static final int REMIND_DAYS_BEFORE = 7;

  /** The plan of care number {@code planNumber} is about to lose its certification. */
  record CertificationEnding(int planNumber) {}

  @AggregateIdentifier private PatientId patientId;
  private LocalDate certifiedUntil;
  private LocalDate evaluatedOn;
  private int planNumber;
  private Set<Contraindication> present = EnumSet.noneOf(Contraindication.class);
  private Set<Contraindication> overridden = EnumSet.noneOf(Contraindication.class);

  protected Patient() {}

  @CommandHandler
  Patient(RegisterPatientCommand command) {
    if (command.details() == null) {
      throw Refusal.invalid("A patient's name, date of birth, phone and email are required");
    }
    apply(
        new PatientRegisteredEvent(
            command.patientId(), command.details(), command.convertedFrom()));
  }

  @CommandHandler
  void handle(RecordEvaluationCommand command, ClinicClock clock, DeadlineManager deadlines) {
    if (command.evaluatedOn() == null || command.evaluatedOn().isAfter(clock.today())) {
      throw Refusal.invalid("An evaluation is recorded on or after the day it happened");
    }
    if (command.complexity() == null
        || command.screening() == null
        || command.planOfCare() == null) {
      throw Refusal.invalid(
          "An evaluation records its complexity, the screening and a plan of care");
    }
    command.planOfCare().requireCertifiedWithin90DaysOf(command.evaluatedOn());
    apply(
        new EvaluationRecordedEvent(
            patientId,
            command.visitId(),
            command.evaluatedOn(),
            command.complexity(),
            command.screening(),
            command.planOfCare(),
            planNumber + 1,
            command.diagnoses() == null ? Diagnoses.NONE : command.diagnoses()));
    remindBeforeCertificationEnds(command.planOfCare(), clock, deadlines);
  }

  @CommandHandler
  void handle(UpdateScreeningCommand command) {
    if (command.screening() == null) {
      throw Refusal.invalid("A screening answers every contraindication question");
    }
    apply(new ScreeningUpdatedEvent(patientId, command.screening(), command.recordedBy()));
  }

  @CommandHandler
  void handle(UpdatePlanOfCareCommand command, ClinicClock clock, DeadlineManager deadlines) {
    if (evaluatedOn == null) {
      throw Refusal.conflict("The patient has no evaluation yet, so no plan of care to change");
    }
    if (command.planOfCare() == null) {
      throw Refusal.invalid("A plan of care is required");
    }
    command.planOfCare().requireCertifiedWithin90DaysOf(evaluatedOn);
    apply(
        new PlanOfCareUpdatedEvent(
            patientId, command.planOfCare(), planNumber, command.recordedBy()));
    remindBeforeCertificationEnds(command.planOfCare(), clock, deadlines);
  }

  /** A week before the certification ends (or now, if that is sooner) the front desk is told. */
  private void remindBeforeCertificationEnds(
      PlanOfCare plan, ClinicClock clock, DeadlineManager deadlines) {
    deadlines.cancelAllWithinScope(CERTIFICATION_ENDING);
    LocalDate today = clock.today();
    if (plan.certifiedUntil().isBefore(today)) {
      return;
    }
    LocalDate remindOn = plan.certifiedUntil().minusDays(REMIND_DAYS_BEFORE);
    deadlines.schedule(
        remindOn.isAfter(today) ? clock.startOf(remindOn) : clock.now(),
        CERTIFICATION_ENDING,
        new CertificationEnding(planNumber));
  }

  @DeadlineHandler(deadlineName = CERTIFICATION_ENDING)
  void on(CertificationEnding ending, CareRecords care) {
    if (ending.planNumber() != planNumber || certifiedUntil == null) {
      return;
    }
    int sessionsLeft = care.snapshot(patientId).map(CareSnapshot::sessionsLeft).orElse(0);
    apply(new PlanOfCareEndingSoonEvent(patientId, planNumber, certifiedUntil, sessionsLeft));
  }

  @CommandHandler
  void handle(RecordAbnCommand command, ClinicClock clock) {
    if (command.signedOn() == null) {
      throw Refusal.invalidField("signedOn", "Give the day the ABN was signed (signedOn)");
    }
    if (command.signedOn().isAfter(clock.today())) {
      throw Refusal.invalidField("signedOn", "An ABN is recorded on or after the day it is signed");
    }
    apply(new AbnRecordedEvent(patientId, command.signedOn(), command.recordedBy()));
  }

  @CommandHandler
  void handle(OverrideContraindicationCommand command, ClinicClock clock) {
    if (command.contraindication() == null) {
      throw Refusal.invalid("Name the contraindication to override");
    }
    String reason = Texts.requiredMultiline(command.reason(), "reason for the override", 1000);
    Contraindication contraindication = command.contraindication();
    if (!present.contains(contraindication)) {
      throw Refusal.conflict(
          contraindication.field() + " is not an open contraindication in the current screening");
    }
    if (overridden.contains(contraindication)) {
      throw Refusal.conflict(
          contraindication.field() + " is already overridden for the current screening");
    }
    apply(
        new ContraindicationOverriddenEvent(
            patientId, contraindication, reason, command.clinician(), clock.now()));
  }

  @EventSourcingHandler
  void on(PatientRegisteredEvent event) {
    patientId = event.patientId();
  }

  @EventSourcingHandler
  void on(EvaluationRecordedEvent event) {
    evaluatedOn = event.evaluatedOn();
    planNumber = event.planNumber();
    certifiedUntil = event.planOfCare().certifiedUntil();
    screened(event.screening().present());
  }

  @EventSourcingHandler
  void on(PlanOfCareUpdatedEvent event) {
    certifiedUntil = event.planOfCare().certifiedUntil();
  }

  @EventSourcingHandler
  void on(ScreeningUpdatedEvent event) {
    screened(event.screening().present());
  }

  @EventSourcingHandler
  void on(ContraindicationOverriddenEvent event) {
    overridden.add(event.contraindication());
  }

  private void screened(Set<Contraindication> contraindications) {
    present =
        contraindications.isEmpty()
            ? EnumSet.noneOf(Contraindication.class)
            : EnumSet.copyOf(contraindications);
    overridden = EnumSet.noneOf(Contraindication.class);
  }
}
