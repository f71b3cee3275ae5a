package com.needlework.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Texts;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.BookDiscoveryCallCommand;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.api.scheduling.VisitStatus;
import java.time.Clock;
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
  private PractitionerId practitionerId;
  private RoomId roomId;
  private TimeSlot slot;
  private VisitStatus status;

  protected Visit() {}

  @CommandHandler
  Visit(BookDiscoveryCallCommand command, ClinicCalendar calendar, Clock clock) {
    PlacedVisit placed =
        new VisitSlotPolicy(calendar)
            .place(
                VisitType.DISCOVERY_CALL,
                command.practitionerId(),
                command.start(),
                command.channel(),
                clock.instant());
    apply(
        new DiscoveryCallBookedEvent(
            command.visitId(),
            command.prospectId(),
            command.practitionerId(),
            placed.slot(),
            placed.bufferAfter(),
            Texts.optional(command.reason(), "reason", 500),
            command.channel()));
  }

  @CommandHandler
  void handle(RescheduleVisitCommand command, ClinicCalendar calendar, Clock clock) {
    requireStatus(VisitStatus.BOOKED, "rescheduled");
    PlacedVisit placed =
        new VisitSlotPolicy(calendar)
            .place(type, practitionerId, command.start(), BookingChannel.STAFF, clock.instant());
    if (placed.slot().equals(slot)) {
      return;
    }
    apply(
        new VisitRescheduledEvent(
            visitId, practitionerId, roomId, slot, placed.slot(), placed.bufferAfter()));
  }

  @CommandHandler
  void handle(CancelVisitCommand command, ClinicCalendar calendar, Clock clock) {
    requireStatus(VisitStatus.BOOKED, "cancelled");
    String reason = Texts.required(command.reason(), "cancellation reason", 500);
    Duration lateWindow =
        calendar.clinic().map(c -> c.rules().lateCancellationWindow()).orElse(Duration.ZERO);
    boolean late = clock.instant().plus(lateWindow).isAfter(slot.start());
    apply(new VisitCancelledEvent(visitId, slot, reason, late));
  }

  private void requireStatus(VisitStatus required, String step) {
    if (status != required) {
      throw new VisitTransitionException(status, step);
    }
  }

  @EventSourcingHandler
  void on(DiscoveryCallBookedEvent event) {
    visitId = event.visitId();
    type = VisitType.DISCOVERY_CALL;
    practitionerId = event.practitionerId();
    slot = event.slot();
    status = VisitStatus.BOOKED;
  }

  @EventSourcingHandler
  void on(VisitRescheduledEvent event) {
    slot = event.slot();
  }

  @EventSourcingHandler
  void on(VisitCancelledEvent event) {
    status = VisitStatus.CANCELLED;
  }
}
