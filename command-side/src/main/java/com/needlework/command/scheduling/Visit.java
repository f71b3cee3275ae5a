package com.needlework.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookDiscoveryCallCommand;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.PreviewCompletionCommand;
import com.needlework.api.scheduling.RecordNoShowCommand;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.ReverseVisitCompletionCommand;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitCheckedInEvent;
import com.needlework.api.scheduling.VisitCompletedEvent;
import com.needlework.api.scheduling.VisitCompletionReversedEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitNoShowRecordedEvent;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.insurance.BenefitRecords;
import com.needlework.command.insurance.BenefitsPolicy;
import com.needlework.command.patient.AbnRecords;
import com.needlework.command.patient.CareRecords;
import java.time.Duration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One appointment of any type, from booking to its end. */
@Aggregate
class Visit {

  @AggregateIdentifier private VisitId visitId;
  private VisitType type;
  private PatientId patientId;
  private PractitionerId practitionerId;
  private RoomId roomId;
  private TimeSlot slot;
  private VisitStatus status;
  private int planNumber;
  private VisitCoverage coverage;

  protected Visit() {}

  @CommandHandler
  Visit(BookDiscoveryCallCommand command, ClinicCalendar calendar, ClinicClock clock) {
    PlacedVisit placed =
        new VisitSlotPolicy(calendar)
            .place(
                VisitType.DISCOVERY_CALL,
                command.practitionerId(),
                null,
                command.start(),
                command.channel(),
                clock.now());
    apply(
        new DiscoveryCallBookedEvent(
            command.visitId(),
            command.prospectId(),
            command.practitionerId(),
            placed.slot(),
            placed.bufferAfter(),
            Texts.optionalMultiline(command.reason(), "reason", 500),
            command.channel()));
  }

  @CommandHandler
  Visit(
      BookEvaluationCommand command,
      ClinicCalendar calendar,
      CareRecords care,
      BenefitRecords benefits,
      AbnRecords abns,
      ClinicClock clock) {
    requirePatient(care, command.patientId());
    PlacedVisit placed =
        new VisitSlotPolicy(calendar)
            .place(
                VisitType.EVALUATION,
                command.practitionerId(),
                command.roomId(),
                command.start(),
                BookingChannel.STAFF,
                clock.now());
    VisitCoverage paidBy =
        new BenefitsPolicy(benefits, abns)
            .decide(
                command.patientId(),
                VisitType.EVALUATION,
                clock.dateOf(placed.slot().start()),
                command.selfPayAcknowledged(),
                null);
    apply(
        new EvaluationBookedEvent(
            command.visitId(),
            command.patientId(),
            command.practitionerId(),
            command.roomId(),
            placed.slot(),
            placed.bufferAfter(),
            paidBy));
  }

  @CommandHandler
  Visit(
      BookNeedlingSessionCommand command,
      ClinicCalendar calendar,
      CareRecords care,
      BenefitRecords benefits,
      AbnRecords abns,
      ClinicClock clock) {
    CareSnapshot patient = requirePatient(care, command.patientId());
    PlacedVisit placed =
        new VisitSlotPolicy(calendar)
            .place(
                VisitType.NEEDLING_SESSION,
                command.practitionerId(),
                command.roomId(),
                command.start(),
                BookingChannel.STAFF,
                clock.now());
    new NeedlingSafetyPolicy(calendar, clock)
        .require(patient, command.practitionerId(), placed.slot(), false);
    VisitCoverage paidBy =
        new BenefitsPolicy(benefits, abns)
            .decide(
                command.patientId(),
                VisitType.NEEDLING_SESSION,
                clock.dateOf(placed.slot().start()),
                command.selfPayAcknowledged(),
                null);
    apply(
        new NeedlingSessionBookedEvent(
            command.visitId(),
            command.patientId(),
            command.practitionerId(),
            command.roomId(),
            placed.slot(),
            placed.bufferAfter(),
            patient.planNumber(),
            command.electricalStimulation(),
            command.seriesId(),
            paidBy));
  }

  @CommandHandler
  void handle(
      RescheduleVisitCommand command,
      ClinicCalendar calendar,
      CareRecords care,
      BenefitRecords benefits,
      AbnRecords abns,
      ClinicClock clock) {
    requireStatus(VisitStatus.BOOKED, "rescheduled");
    PlacedVisit placed =
        new VisitSlotPolicy(calendar)
            .place(
                type, practitionerId, roomId, command.start(), BookingChannel.STAFF, clock.now());
    if (placed.slot().equals(slot)) {
      return;
    }
    if (type == VisitType.NEEDLING_SESSION) {
      CareSnapshot patient = requirePatient(care, patientId);
      boolean countedNow = patient.planNumber() == planNumber;
      new NeedlingSafetyPolicy(calendar, clock)
          .require(patient, practitionerId, placed.slot(), countedNow);
    }
    VisitCoverage paidBy =
        patientId == null
            ? coverage
            : new BenefitsPolicy(benefits, abns)
                .decide(
                    patientId,
                    type,
                    clock.dateOf(placed.slot().start()),
                    coverage != null && !coverage.isCovered(),
                    coverage);
    apply(
        new VisitRescheduledEvent(
            visitId,
            type,
            patientId,
            practitionerId,
            roomId,
            slot,
            placed.slot(),
            placed.bufferAfter(),
            paidBy));
  }

  /** Answers the missed visit, late or not, for its policy fee. */
  @CommandHandler
  MissedVisit handle(CancelVisitCommand command, ClinicCalendar calendar, ClinicClock clock) {
    requireStatus(VisitStatus.BOOKED, "cancelled");
    String reason = Texts.requiredMultiline(command.reason(), "cancellation reason", 500);
    Duration lateWindow =
        calendar.clinic().map(c -> c.rules().lateCancellationWindow()).orElse(Duration.ZERO);
    boolean late = clock.now().plus(lateWindow).isAfter(slot.start());
    apply(
        new VisitCancelledEvent(
            visitId, type, patientId, practitionerId, roomId, slot, reason, late, coverage));
    return MissedVisit.cancelled(patientId, type, late);
  }

  @CommandHandler
  void handle(CheckInVisitCommand command, ClinicCalendar calendar, ClinicClock clock) {
    requireStatus(VisitStatus.BOOKED, "checked in");
    new VisitLifecyclePolicy(calendar, clock).requireCheckInOnTheDay(slot);
    apply(new VisitCheckedInEvent(visitId, clock.now()));
  }

  /** Answers whom the visit was for, who treated, what was done and how it is paid. */
  @CommandHandler
  CompletedVisit handle(CompleteVisitCommand command, ClinicCalendar calendar, ClinicClock clock) {
    VisitLifecyclePolicy lifecycle = new VisitLifecyclePolicy(calendar, clock);
    lifecycle.requireCompletable(type, status, slot);
    lifecycle.requireOutcomeOf(type, command);
    apply(
        new VisitCompletedEvent(
            visitId,
            type,
            patientId,
            practitionerId,
            slot,
            clock.now(),
            command.evaluation() == null ? null : command.evaluation().complexity(),
            command.needling(),
            coverage));
    return completedBy(command);
  }

  /** Answers what completing the visit would record, for its charges; appends nothing. */
  @CommandHandler
  CompletedVisit handle(
      PreviewCompletionCommand command, ClinicCalendar calendar, ClinicClock clock) {
    if (status != VisitStatus.BOOKED && status != VisitStatus.ARRIVED) {
      throw VisitLifecyclePolicy.notAllowed(status, "previewed for completion");
    }
    new VisitLifecyclePolicy(calendar, clock).requireOutcomeOf(type, command.asCompletion());
    return completedBy(command.asCompletion());
  }

  private CompletedVisit completedBy(CompleteVisitCommand command) {
    return new CompletedVisit(
        patientId,
        practitionerId,
        type,
        slot,
        command.evaluation() == null ? null : command.evaluation().complexity(),
        command.needling(),
        coverage);
  }

  /** Answers whose visit it was and how it was paid, so its charges and coverage are undone. */
  @CommandHandler
  ReversedVisit handle(ReverseVisitCompletionCommand command) {
    requireStatus(VisitStatus.FULFILLED, "un-completed");
    if (type == VisitType.EVALUATION) {
      throw VisitLifecyclePolicy.notAllowed(
          status, "un-completed: its plan of care stands; record a new evaluation instead");
    }
    apply(
        new VisitCompletionReversedEvent(
            visitId,
            type,
            patientId,
            coverage,
            Texts.requiredMultiline(command.reason(), "reason for the reversal", 500)));
    return new ReversedVisit(patientId, coverage);
  }

  @CommandHandler
  MissedVisit handle(RecordNoShowCommand command, ClinicCalendar calendar, ClinicClock clock) {
    requireStatus(VisitStatus.BOOKED, "recorded as a no-show");
    new VisitLifecyclePolicy(calendar, clock).requireStarted(slot, "a no-show");
    apply(
        new VisitNoShowRecordedEvent(
            visitId, type, patientId, practitionerId, roomId, slot, coverage));
    return MissedVisit.noShow(patientId, type);
  }

  private static CareSnapshot requirePatient(CareRecords care, PatientId patientId) {
    if (patientId == null) {
      throw Refusal.rule(SchedulingRule.UNKNOWN_PATIENT, "A patientId is required");
    }
    return care.snapshot(patientId)
        .orElseThrow(
            () ->
                Refusal.rule(
                    SchedulingRule.UNKNOWN_PATIENT, "There is no patient with id " + patientId));
  }

  private void requireStatus(VisitStatus required, String step) {
    if (status != required) {
      throw VisitLifecyclePolicy.notAllowed(status, step);
    }
  }

  @EventSourcingHandler
  void on(DiscoveryCallBookedEvent event) {
    booked(event.visitId(), VisitType.DISCOVERY_CALL, null, event.practitionerId(), null);
    slot = event.slot();
  }

  @EventSourcingHandler
  void on(EvaluationBookedEvent event) {
    booked(
        event.visitId(),
        VisitType.EVALUATION,
        event.patientId(),
        event.practitionerId(),
        event.roomId());
    slot = event.slot();
    coverage = event.coverage();
  }

  @EventSourcingHandler
  void on(NeedlingSessionBookedEvent event) {
    booked(
        event.visitId(),
        VisitType.NEEDLING_SESSION,
        event.patientId(),
        event.practitionerId(),
        event.roomId());
    slot = event.slot();
    planNumber = event.planNumber();
    coverage = event.coverage();
  }

  private void booked(
      VisitId id,
      VisitType visitType,
      PatientId patient,
      PractitionerId practitioner,
      RoomId room) {
    visitId = id;
    type = visitType;
    patientId = patient;
    practitionerId = practitioner;
    roomId = room;
    status = VisitStatus.BOOKED;
  }

  @EventSourcingHandler
  void on(VisitRescheduledEvent event) {
    slot = event.slot();
    coverage = event.coverage();
  }

  @EventSourcingHandler
  void on(VisitCancelledEvent event) {
    status = VisitStatus.CANCELLED;
  }

  @EventSourcingHandler
  void on(VisitCheckedInEvent event) {
    status = VisitStatus.ARRIVED;
  }

  @EventSourcingHandler
  void on(VisitCompletedEvent event) {
    status = VisitStatus.FULFILLED;
  }

  @EventSourcingHandler
  void on(VisitCompletionReversedEvent event) {
    status = VisitStatus.ARRIVED;
  }

  @EventSourcingHandler
  void on(VisitNoShowRecordedEvent event) {
    status = VisitStatus.NOSHOW;
  }
}
