package com.needlework.command.waitlist;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.waitlist.AcceptWaitlistOfferCommand;
import com.needlework.api.waitlist.AddToWaitlistCommand;
import com.needlework.api.waitlist.DeclineWaitlistOfferCommand;
import com.needlework.api.waitlist.OfferWaitlistSlotCommand;
import com.needlework.api.waitlist.PatientWaitlistedEvent;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistOffer;
import com.needlework.api.waitlist.WaitlistOfferAcceptedEvent;
import com.needlework.api.waitlist.WaitlistOfferDeclinedEvent;
import com.needlework.api.waitlist.WaitlistSlotOfferedEvent;
import com.needlework.command.patient.CareRecords;
import com.needlework.command.scheduling.SchedulingRule;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A patient waiting for a visit: waiting, holding an offer, or booked. */
@Aggregate
class WaitlistEntry {

  enum Status {
    WAITING,
    OFFERED,
    BOOKED
  }

  @AggregateIdentifier private WaitlistEntryId entryId;
  private PatientId patientId;
  private VisitType visitType;
  private Status status;
  private WaitlistOffer offer;

  protected WaitlistEntry() {}

  @CommandHandler
  WaitlistEntry(AddToWaitlistCommand command, CareRecords care, Clock clock) {
    if (command.visitType() != VisitType.EVALUATION
        && command.visitType() != VisitType.NEEDLING_SESSION) {
      throw Refusal.invalid("Patients wait for EVALUATION or NEEDLING_SESSION visits");
    }
    if (command.patientId() == null || care.snapshot(command.patientId()).isEmpty()) {
      throw Refusal.rule(
          SchedulingRule.UNKNOWN_PATIENT, "There is no patient with id " + command.patientId());
    }
    if (command.preferences() == null) {
      throw Refusal.invalid("Say which days and times suit the patient");
    }
    apply(
        new PatientWaitlistedEvent(
            command.entryId(),
            command.patientId(),
            command.visitType(),
            command.preferences(),
            clock.instant()));
  }

  @CommandHandler
  void handle(OfferWaitlistSlotCommand command) {
    require(Status.WAITING, "be offered a slot");
    apply(new WaitlistSlotOfferedEvent(entryId, patientId, visitType, command.offer()));
  }

  @CommandHandler
  AcceptedOffer handle(AcceptWaitlistOfferCommand command) {
    require(Status.OFFERED, "accept an offer");
    apply(new WaitlistOfferAcceptedEvent(entryId, patientId, offer, command.visitId()));
    return new AcceptedOffer(patientId, visitType, offer);
  }

  @CommandHandler
  void handle(DeclineWaitlistOfferCommand command) {
    require(Status.OFFERED, "decline an offer");
    apply(new WaitlistOfferDeclinedEvent(entryId, patientId, visitType, offer));
  }

  private void require(Status required, String step) {
    if (status != required) {
      throw Refusal.inState(status, "The waitlist entry is " + status + ", so it cannot " + step);
    }
  }

  @EventSourcingHandler
  void on(PatientWaitlistedEvent event) {
    entryId = event.entryId();
    patientId = event.patientId();
    visitType = event.visitType();
    status = Status.WAITING;
  }

  @EventSourcingHandler
  void on(WaitlistSlotOfferedEvent event) {
    status = Status.OFFERED;
    offer = event.offer();
  }

  @EventSourcingHandler
  void on(WaitlistOfferAcceptedEvent event) {
    status = Status.BOOKED;
  }

  @EventSourcingHandler
  void on(WaitlistOfferDeclinedEvent event) {
    status = Status.WAITING;
    offer = null;
  }
}
