package com.needlework.query.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.AvailableSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final VisitTypeSettings CALL =
      new VisitTypeSettings(
          VisitType.DISCOVERY_CALL,
          Duration.ofMinutes(20),
          Duration.ZERO,
          VisitLocation.PHONE,
          true);
  private static final VisitTypeSettings NEEDLING =
      new VisitTypeSettings(
          VisitType.NEEDLING_SESSION,
          Duration.ofMinutes(45),
          Duration.ofMinutes(15),
          VisitLocation.TREATMENT_ROOM,
          false);

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(LOS_ANGELES).toInstant();
  }

  private static WeeklyHours mornings(DayOfWeek... days) {
    return new WeeklyHours(
        Arrays.stream(days)
            .map(day -> new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(10, 0)))
            .toList());
  }

  private static FreeSlots.Window window(LocalDate from, LocalDate to, Instant earliest) {
    return new FreeSlots.Window(
        from,
        to,
        earliest,
        earliest.plus(Duration.ofDays(60)),
        LOS_ANGELES,
        Duration.ofMinutes(15));
  }

  @Test
  void leavesOutEveryStartWhoseVisitWouldOverlapABooking() {
    PractitionerId maya = PractitionerId.newId();
    TimeSlot booked = TimeSlot.starting(local("2026-11-30T09:00"), Duration.ofMinutes(20));
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), local("2026-11-29T00:00")),
            CALL,
            List.of(
                new FreeSlots.Practitioner(
                    maya, "Maya", mornings(DayOfWeek.MONDAY), List.of(booked))),
            0,
            List.of());
    assertThat(slots)
        .extracting(slot -> slot.start().toLocalTime().toString())
        .containsExactly("08:00", "08:15", "08:30", "09:30");
  }

  @Test
  void startsNoEarlierThanTheNotice() {
    PractitionerId maya = PractitionerId.newId();
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), local("2026-11-30T09:10")),
            CALL,
            List.of(
                new FreeSlots.Practitioner(maya, "Maya", mornings(DayOfWeek.MONDAY), List.of())),
            0,
            List.of());
    assertThat(slots)
        .extracting(slot -> slot.start().toLocalTime().toString())
        .containsExactly("09:15", "09:30");
  }

  @Test
  void needsAFreeRoomForVisitsInATreatmentRoom() {
    PractitionerId maya = PractitionerId.newId();
    TimeSlot otherPractitionerInTheOnlyRoom =
        new TimeSlot(local("2026-11-30T08:00"), local("2026-11-30T09:00"));
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), local("2026-11-29T00:00")),
            NEEDLING,
            List.of(
                new FreeSlots.Practitioner(maya, "Maya", mornings(DayOfWeek.MONDAY), List.of())),
            1,
            List.of(otherPractitionerInTheOnlyRoom));
    assertThat(slots)
        .extracting(slot -> slot.start().toLocalTime().toString())
        .containsExactly("09:00", "09:15");
  }

  @Test
  void showsTheClinicsOffsetOnEachSideOfTheDaylightSavingChange() {
    PractitionerId maya = PractitionerId.newId();
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2), local("2026-10-29T00:00")),
            CALL,
            List.of(
                new FreeSlots.Practitioner(
                    maya, "Maya", mornings(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), List.of())),
            0,
            List.of());
    AvailableSlot fridayFirst = slots.get(0);
    AvailableSlot mondayFirst =
        slots.stream()
            .filter(slot -> slot.start().toLocalDate().equals(LocalDate.of(2026, 11, 2)))
            .findFirst()
            .orElseThrow();
    assertThat(fridayFirst.start().toString()).isEqualTo("2026-10-30T08:00-07:00");
    assertThat(mondayFirst.start().toString()).isEqualTo("2026-11-02T08:00-08:00");
    assertThat(mondayFirst.start().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 16, 0).toInstant(ZoneOffset.UTC));
  }
}
