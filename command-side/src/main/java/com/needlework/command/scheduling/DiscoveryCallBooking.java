package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.prospect.RegisterProspectCommand;
import com.needlework.api.scheduling.BookDiscoveryCallCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicSchedule;
import com.needlework.command.clinic.PractitionerHours;
import com.needlework.command.web.TransactionalCommands;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Books a discovery call: the caller becomes a prospect and the call is booked in one transaction,
 * so a refused call leaves no prospect behind. Without a chosen practitioner, each free
 * practitioner is tried in turn until one booking commits.
 */
@Service
public class DiscoveryCallBooking {

  private final TransactionalCommands transaction;
  private final ClinicCalendar calendar;
  private final BookingGuard guard;

  DiscoveryCallBooking(
      TransactionalCommands transaction, ClinicCalendar calendar, BookingGuard guard) {
    this.transaction = transaction;
    this.calendar = calendar;
    this.guard = guard;
  }

  public BookedDiscoveryCall book(DiscoveryCallRequest request) {
    if (request.practitionerId() != null) {
      return bookWith(request.practitionerId(), request);
    }
    List<PractitionerId> candidates = candidates(request);
    RuntimeException lastRefusal = null;
    for (PractitionerId candidate : candidates) {
      try {
        return bookWith(candidate, request);
      } catch (RuntimeException refused) {
        if (Causes.find(refused, Refusal.class).isEmpty()) {
          throw refused;
        }
        lastRefusal = refused;
      }
    }
    throw lastRefusal;
  }

  private BookedDiscoveryCall bookWith(
      PractitionerId practitionerId, DiscoveryCallRequest request) {
    return transaction.inOneTransaction(
        commands -> {
          ProspectId prospectId = ProspectId.newId();
          VisitId visitId = VisitId.newId();
          commands.send(new RegisterProspectCommand(prospectId, request.contact()));
          commands.send(
              new BookDiscoveryCallCommand(
                  visitId,
                  prospectId,
                  practitionerId,
                  request.start(),
                  request.reason(),
                  request.channel()));
          return new BookedDiscoveryCall(visitId, prospectId, practitionerId);
        });
  }

  /**
   * The practitioners working for the whole call, free ones first. When none is free the busy ones
   * stay in the list, so the attempt reports the conflict the guard finds.
   */
  private List<PractitionerId> candidates(DiscoveryCallRequest request) {
    ClinicSchedule clinic =
        calendar
            .clinic()
            .orElseThrow(
                () -> Refusal.rule(SchedulingRule.CLINIC_NOT_OPEN, "The clinic is not open yet"));
    VisitTypeSettings settings =
        calendar
            .visitType(VisitType.DISCOVERY_CALL)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        SchedulingRule.VISIT_TYPE_NOT_OFFERED,
                        "The clinic does not offer discovery calls"));
    TimeSlot slot = TimeSlot.starting(request.start(), settings.length());
    List<PractitionerHours> working =
        calendar.practitioners().stream()
            .filter(p -> p.hours().covers(slot, clinic.zone()))
            .sorted(Comparator.comparing(PractitionerHours::name))
            .toList();
    if (working.isEmpty()) {
      throw Refusal.rule(
          SchedulingRule.OUTSIDE_WORKING_HOURS,
          "No practitioner is working at that time; pick one of the times the availability offers");
    }
    TimeSlot occupied = slot.extendedBy(settings.bufferAfter());
    return working.stream()
        .sorted(Comparator.comparing((PractitionerHours p) -> !guard.isFree(p.id(), occupied)))
        .map(PractitionerHours::id)
        .toList();
  }
}
