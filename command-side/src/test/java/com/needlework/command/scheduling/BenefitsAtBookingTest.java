package com.needlework.command.scheduling;

import static com.needlework.command.scheduling.InMemoryClinicCalendar.LOS_ANGELES;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.insurance.BenefitRecords.CoverageOnFile;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Which benefit period a visit counts in is decided by its clinic-local day. */
class BenefitsAtBookingTest {

  @Test
  void aVisitAtHalfPastElevenOnDecemberThirtyFirstCountsInTheOldYear() {
    InMemoryClinicCalendar calendar = new InMemoryClinicCalendar();
    calendar.offer(
        new VisitTypeSettings(
            VisitType.EVALUATION,
            Duration.ofMinutes(20),
            Duration.ZERO,
            VisitLocation.TREATMENT_ROOM,
            false));
    PractitionerId lateShift = PractitionerId.newId();
    calendar.practitioner(
        lateShift,
        "Late Shift",
        new WeeklyHours(
            List.of(
                new WorkingPeriod(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(23, 59)))));
    RoomId room = calendar.room();
    InMemoryCareRecords care = new InMemoryCareRecords();
    PatientId patient = care.notYetEvaluated();
    CoverageId coverage = CoverageId.newId();
    InMemoryBenefitRecords benefits = new InMemoryBenefitRecords();
    benefits.insure(
        patient,
        new CoverageOnFile(
            coverage,
            CoveragePriority.PRIMARY,
            LocalDate.of(2026, 1, 1),
            null,
            "Cascade Health",
            true,
            false,
            BenefitPeriod.calendarYear(),
            30));
    AggregateTestFixture<Visit> fixture = new AggregateTestFixture<>(Visit.class);
    fixture.registerInjectableResource(calendar);
    fixture.registerInjectableResource(care);
    fixture.registerInjectableResource(benefits);
    fixture.registerInjectableResource(
        new ClinicClock(calendar, Clock.fixed(Instant.parse("2026-12-01T17:00:00Z"), LOS_ANGELES)));
    VisitId visit = VisitId.newId();
    Instant halfPastEleven = LocalDateTime.of(2026, 12, 31, 23, 30).atZone(LOS_ANGELES).toInstant();

    fixture
        .givenNoPriorActivity()
        .when(new BookEvaluationCommand(visit, patient, lateShift, room, halfPastEleven, false))
        .expectEvents(
            new EvaluationBookedEvent(
                visit,
                patient,
                lateShift,
                room,
                TimeSlot.starting(halfPastEleven, Duration.ofMinutes(20)),
                Duration.ZERO,
                VisitCoverage.covered(coverage, LocalDate.of(2026, 1, 1), null)));
  }
}
