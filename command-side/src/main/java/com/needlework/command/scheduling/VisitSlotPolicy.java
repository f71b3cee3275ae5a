package com.needlework.command.scheduling;

import static com.needlework.command.scheduling.SchedulingRule.BEYOND_HORIZON;
import static com.needlework.command.scheduling.SchedulingRule.CLINIC_NOT_OPEN;
import static com.needlework.command.scheduling.SchedulingRule.NOT_A_SLOT_START;
import static com.needlework.command.scheduling.SchedulingRule.NOT_PUBLICLY_BOOKABLE;
import static com.needlework.command.scheduling.SchedulingRule.OUTSIDE_WORKING_HOURS;
import static com.needlework.command.scheduling.SchedulingRule.PRACTITIONER_TIME_OFF;
import static com.needlework.command.scheduling.SchedulingRule.ROOM_REQUIRED;
import static com.needlework.command.scheduling.SchedulingRule.START_IN_PAST;
import static com.needlework.command.scheduling.SchedulingRule.TOO_SHORT_NOTICE;
import static com.needlework.command.scheduling.SchedulingRule.UNKNOWN_PRACTITIONER;
import static com.needlework.command.scheduling.SchedulingRule.UNKNOWN_ROOM;
import static com.needlework.command.scheduling.SchedulingRule.VISIT_TYPE_NOT_OFFERED;

import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicSchedule;
import com.needlework.command.clinic.PractitionerHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Whether a visit may start at a time: the clinic offers the type, the practitioner works then, the
 * start respects notice and horizon, and public bookings start on the offered slot grid. Staff may
 * place a visit on any five-minute mark inside working hours.
 */
final class VisitSlotPolicy {

  private static final Duration STAFF_GRID = Duration.ofMinutes(5);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm zzz", Locale.US);

  private final ClinicCalendar calendar;

  VisitSlotPolicy(ClinicCalendar calendar) {
    this.calendar = calendar;
  }

  PlacedVisit place(
      VisitType type,
      PractitionerId practitionerId,
      RoomId roomId,
      Instant start,
      BookingChannel channel,
      Instant now) {
    ClinicSchedule clinic =
        calendar
            .clinic()
            .orElseThrow(() -> Refusal.rule(CLINIC_NOT_OPEN, "The clinic is not open yet"));
    VisitTypeSettings settings =
        calendar
            .visitType(type)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        VISIT_TYPE_NOT_OFFERED, "The clinic does not offer " + type + " visits"));
    if (channel == BookingChannel.PUBLIC && !settings.publiclyBookable()) {
      throw Refusal.rule(
          NOT_PUBLICLY_BOOKABLE, type + " visits can only be booked by the clinic's staff");
    }
    PractitionerHours practitioner =
        calendar
            .practitioner(practitionerId)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        UNKNOWN_PRACTITIONER,
                        "There is no practitioner with id " + practitionerId));
    requireFittingRoom(settings, roomId);
    ZoneId zone = clinic.zone();
    BookingRules rules = clinic.rules();
    TimeSlot slot = TimeSlot.starting(start, settings.length());
    String when = ZonedDateTime.ofInstant(start, zone).format(LOCAL);
    if (!start.isAfter(now)) {
      throw Refusal.rule(START_IN_PAST, "The start " + when + " is in the past");
    }
    if (channel == BookingChannel.PUBLIC && start.isBefore(now.plus(rules.minimumNotice()))) {
      throw Refusal.rule(
          TOO_SHORT_NOTICE,
          "Online bookings need at least "
              + describe(rules.minimumNotice())
              + "' notice; "
              + when
              + " is too soon");
    }
    Duration horizon =
        channel == BookingChannel.PUBLIC ? rules.publicHorizon() : rules.staffHorizon();
    if (start.isAfter(now.plus(horizon))) {
      throw Refusal.rule(
          BEYOND_HORIZON,
          "Bookings open at most " + describe(horizon) + " ahead; " + when + " is too far out");
    }
    if (!practitioner.hours().covers(slot, zone)) {
      throw Refusal.rule(
          OUTSIDE_WORKING_HOURS,
          practitioner.name()
              + " is not working for the whole of a "
              + settings.length().toMinutes()
              + "-minute visit starting "
              + when);
    }
    if (calendar.isOff(practitionerId, slot.extendedBy(settings.bufferAfter()))) {
      throw Refusal.rule(PRACTITIONER_TIME_OFF, practitioner.name() + " has time off at " + when);
    }
    boolean onGrid =
        channel == BookingChannel.PUBLIC
            ? practitioner.hours().isSlotStart(start, zone, settings.length(), rules.slotStep())
            : start.getEpochSecond() % STAFF_GRID.toSeconds() == 0 && start.getNano() == 0;
    if (!onGrid) {
      throw Refusal.rule(
          NOT_A_SLOT_START,
          when
              + " is not an offered start time; visits start every "
              + (channel == BookingChannel.PUBLIC ? rules.slotStep() : STAFF_GRID).toMinutes()
              + " minutes from the start of working hours");
    }
    return new PlacedVisit(slot, settings.bufferAfter());
  }

  private void requireFittingRoom(VisitTypeSettings settings, RoomId roomId) {
    if (settings.needsRoom() && roomId == null) {
      throw Refusal.rule(ROOM_REQUIRED, settings.type() + " visits need a treatment room (roomId)");
    }
    if (!settings.needsRoom() && roomId != null) {
      throw Refusal.rule(ROOM_REQUIRED, settings.type() + " visits take place without a room");
    }
    if (roomId != null && !calendar.roomExists(roomId)) {
      throw Refusal.rule(UNKNOWN_ROOM, "There is no room with id " + roomId);
    }
  }

  private static String describe(Duration duration) {
    if (duration.toHours() >= 48 && duration.toHoursPart() == 0) {
      return duration.toDays() + " days";
    }
    if (duration.toMinutesPart() == 0) {
      return duration.toHours() + " hours";
    }
    return duration.toMinutes() + " minutes";
  }
}
