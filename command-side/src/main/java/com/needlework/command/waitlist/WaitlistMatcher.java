package com.needlework.command.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.Benefits.Decision;
import com.needlework.api.insurance.Benefits.Refused;
import com.needlework.api.insurance.Benefits.Uncovered;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.NeedlingEligibility;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import com.needlework.api.waitlist.OfferWaitlistSlotCommand;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistOffer;
import com.needlework.api.waitlist.WaitlistOfferDeclinedEvent;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.clinic.ClinicSchedule;
import com.needlework.command.consistency.Reactions;
import com.needlework.command.insurance.BenefitRecords;
import com.needlework.command.insurance.BenefitsPolicy;
import com.needlework.command.patient.AbnRecords;
import com.needlework.command.patient.CareRecords;
import com.needlework.command.scheduling.BookingGuard;
import com.needlework.command.web.Commands;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a future evaluation or needling slot frees (a cancellation, a visit moved away, an offer
 * declined), offers it to the first patient on the waitlist, in waiting order, whose preferences it
 * suits, who would be allowed that visit in that slot and whose coverage would not refuse it (the
 * offer is accepted without asking the patient to pay). Its work has effects, so it never runs
 * again on a replay.
 */
@Component
@ProcessingGroup(Reactions.WAITLIST_MATCHER)
@DisallowReplay
class WaitlistMatcher {

  private record Waiting(
      WaitlistEntryId entryId, PatientId patientId, WaitlistPreferences preferences) {}

  private final JdbcClient jdbc;
  private final Commands commands;
  private final ClinicCalendar calendar;
  private final CareRecords care;
  private final BookingGuard guard;
  private final BenefitsPolicy benefits;
  private final ClinicClock clock;
  private final TransactionTemplate ownTransaction;

  WaitlistMatcher(
      JdbcClient jdbc,
      Commands commands,
      ClinicCalendar calendar,
      CareRecords care,
      BookingGuard guard,
      BenefitRecords benefits,
      AbnRecords abns,
      ClinicClock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.commands = commands;
    this.calendar = calendar;
    this.care = care;
    this.guard = guard;
    this.benefits = new BenefitsPolicy(benefits, abns);
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventHandler
  void on(VisitCancelledEvent event) {
    offer(event.visitType(), event.practitionerId(), event.roomId(), event.slot());
  }

  @EventHandler
  void on(VisitRescheduledEvent event) {
    offer(event.visitType(), event.practitionerId(), event.roomId(), event.previousSlot());
  }

  @EventHandler
  void on(WaitlistOfferDeclinedEvent event) {
    WaitlistOffer declined = event.offer();
    offer(event.visitType(), declined.practitionerId(), declined.roomId(), declined.slot());
  }

  private void offer(VisitType type, PractitionerId practitioner, RoomId room, TimeSlot slot) {
    if ((type != VisitType.EVALUATION && type != VisitType.NEEDLING_SESSION)
        || !slot.start().isAfter(clock.now())
        || !stillFree(type, practitioner, room, slot)) {
      return;
    }
    ClinicSchedule clinic = calendar.clinic().orElseThrow();
    ZonedDateTime start = slot.start().atZone(clinic.zone());
    LocalTime end = slot.end().atZone(clinic.zone()).toLocalTime();
    WaitlistOffer offer = new WaitlistOffer(slot, practitioner, room);
    for (Waiting waiting : waitingFor(type, practitioner, slot)) {
      if (waiting.preferences().suits(start.getDayOfWeek(), start.toLocalTime(), end, practitioner)
          && allowed(type, waiting.patientId(), practitioner, start.toLocalDate(), clinic)
          && offered(waiting.entryId(), offer)) {
        return;
      }
    }
  }

  private boolean stillFree(
      VisitType type, PractitionerId practitioner, RoomId room, TimeSlot slot) {
    Duration buffer = calendar.visitType(type).map(s -> s.bufferAfter()).orElse(Duration.ZERO);
    TimeSlot occupied = slot.extendedBy(buffer);
    return guard.isFree(practitioner, occupied) && (room == null || guard.isFree(room, occupied));
  }

  private boolean allowed(
      VisitType type,
      PatientId patientId,
      PractitionerId practitioner,
      LocalDate date,
      ClinicSchedule clinic) {
    CareSnapshot patient = care.snapshot(patientId).orElse(null);
    if (patient == null) {
      return false;
    }
    boolean safe =
        type != VisitType.NEEDLING_SESSION
            || NeedlingEligibility.check(
                    patient, calendar.credentials(practitioner), clinic.state(), date, false)
                .isEmpty();
    Decision paid = benefits.decision(patientId, type, date, null);
    return safe && !(paid instanceof Uncovered) && !(paid instanceof Refused);
  }

  /** Offers in a transaction of its own, so a refused offer does not undo this handler's work. */
  private boolean offered(WaitlistEntryId entryId, WaitlistOffer offer) {
    try {
      ownTransaction.executeWithoutResult(
          status -> commands.send(new OfferWaitlistSlotCommand(entryId, offer)));
      return true;
    } catch (RuntimeException refused) {
      if (Causes.find(refused, Refusal.class).isEmpty()) {
        throw refused;
      }
      return false;
    }
  }

  private List<Waiting> waitingFor(VisitType type, PractitionerId practitioner, TimeSlot slot) {
    return jdbc.sql(
            "SELECT w.entry_id, w.patient_id, w.days, w.from_time, w.to_time, w.practitioner_id"
                + " FROM cs_waitlist w WHERE w.visit_type = :type AND w.status = 'WAITING'"
                + " AND NOT EXISTS (SELECT 1 FROM cs_waitlist_declined d"
                + " WHERE d.entry_id = w.entry_id AND d.slot_start = :start"
                + " AND d.practitioner_id = :practitioner)"
                + " ORDER BY w.waitlisted_at, w.entry_id")
        .param("type", type.name())
        .param("start", slot.start().atOffset(ZoneOffset.UTC))
        .param("practitioner", practitioner.value())
        .query(
            (rs, row) -> {
              UUID preferred = rs.getObject("practitioner_id", UUID.class);
              return new Waiting(
                  new WaitlistEntryId(rs.getObject("entry_id", UUID.class)),
                  new PatientId(rs.getObject("patient_id", UUID.class)),
                  new WaitlistPreferences(
                      days(rs.getString("days")),
                      rs.getObject("from_time", LocalTime.class),
                      rs.getObject("to_time", LocalTime.class),
                      preferred == null ? null : new PractitionerId(preferred)));
            })
        .list();
  }

  private static Set<DayOfWeek> days(String names) {
    return Arrays.stream(names.split(","))
        .map(DayOfWeek::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
  }
}
