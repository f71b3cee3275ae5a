package com.needlework.command.scheduling;

import static com.needlework.command.scheduling.VisitFixtures.at;
import static com.needlework.command.scheduling.VisitFixtures.expectRefusal;
import static com.needlework.command.scheduling.VisitFixtures.visitsOf;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.scheduling.BookDiscoveryCallCommand;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VisitTest {

  private AggregateTestFixture<Visit> fixture;
  private InMemoryClinicCalendar calendar;
  private PractitionerId maya;
  private final VisitId visitId = VisitId.newId();
  private final ProspectId prospectId = ProspectId.newId();

  @BeforeEach
  void setUp() {
    calendar = new InMemoryClinicCalendar();
    maya = calendar.practitionerWorkingWeekdays("Maya Chen");
    fixture = visitsOf(calendar, new InMemoryCareRecords());
  }

  private BookDiscoveryCallCommand publicCall(Instant start) {
    return new BookDiscoveryCallCommand(
        visitId, prospectId, maya, start, "  sore lower back  ", BookingChannel.PUBLIC);
  }

  private DiscoveryCallBookedEvent booked(Instant start) {
    return new DiscoveryCallBookedEvent(
        visitId,
        prospectId,
        maya,
        TimeSlot.starting(start, Duration.ofMinutes(20)),
        Duration.ZERO,
        "sore lower back",
        BookingChannel.PUBLIC);
  }

  @Test
  void booksAPublicDiscoveryCallOnAnOfferedSlot() {
    Instant start = at(2026, 12, 1, 10, 15);
    fixture.givenNoPriorActivity().when(publicCall(start)).expectEvents(booked(start));
  }

  @Test
  void refusesAPublicCallWithLessThanTheMinimumNotice() {
    expectRefusal(fixture, publicCall(at(2026, 11, 30, 10, 45)), SchedulingRule.TOO_SHORT_NOTICE);
  }

  @Test
  void letsStaffBookACallWithShortNotice() {
    Instant start = at(2026, 11, 30, 9, 30);
    fixture
        .givenNoPriorActivity()
        .when(
            new BookDiscoveryCallCommand(
                visitId, prospectId, maya, start, null, BookingChannel.STAFF))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            Matchers.exactSequenceOf(
                Matchers.messageWithPayload(
                    Matchers.predicate(
                        e -> ((DiscoveryCallBookedEvent) e).channel() == BookingChannel.STAFF))));
  }

  @Test
  void refusesACallInThePast() {
    expectRefusal(fixture, publicCall(at(2026, 11, 27, 10, 0)), SchedulingRule.START_IN_PAST);
  }

  @Test
  void refusesAPublicCallBeyondTheSixtyDayHorizon() {
    expectRefusal(fixture, publicCall(at(2027, 2, 1, 10, 0)), SchedulingRule.BEYOND_HORIZON);
  }

  @Test
  void refusesACallOutsideThePractitionersWorkingHours() {
    expectRefusal(
        fixture, publicCall(at(2026, 12, 1, 17, 45)), SchedulingRule.OUTSIDE_WORKING_HOURS);
  }

  @Test
  void refusesACallOnAWeekend() {
    expectRefusal(
        fixture, publicCall(at(2026, 12, 5, 10, 0)), SchedulingRule.OUTSIDE_WORKING_HOURS);
  }

  @Test
  void refusesAPublicCallOffTheSlotGrid() {
    expectRefusal(fixture, publicCall(at(2026, 12, 1, 10, 5)), SchedulingRule.NOT_A_SLOT_START);
  }

  @Test
  void refusesACallWithAnUnknownPractitioner() {
    expectRefusal(
        fixture,
        new BookDiscoveryCallCommand(
            visitId,
            prospectId,
            PractitionerId.newId(),
            at(2026, 12, 1, 10, 0),
            null,
            BookingChannel.PUBLIC),
        SchedulingRule.UNKNOWN_PRACTITIONER);
  }

  @Test
  void refusesAPublicBookingOfAStaffOnlyVisitType() {
    calendar.offer(
        new VisitTypeSettings(
            VisitType.DISCOVERY_CALL,
            Duration.ofMinutes(20),
            Duration.ZERO,
            VisitLocation.PHONE,
            false));
    expectRefusal(
        fixture, publicCall(at(2026, 12, 1, 10, 0)), SchedulingRule.NOT_PUBLICLY_BOOKABLE);
  }

  @Test
  void refusesAReasonLongerThanFiveHundredCharacters() {
    fixture
        .givenNoPriorActivity()
        .when(
            new BookDiscoveryCallCommand(
                visitId,
                prospectId,
                maya,
                at(2026, 12, 1, 10, 0),
                "x".repeat(501),
                BookingChannel.PUBLIC))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void reschedulesABookedVisitToAnotherTimeTheSameDay() {
    Instant first = at(2026, 12, 1, 10, 0);
    Instant second = at(2026, 12, 1, 14, 5);
    fixture
        .given(booked(first))
        .when(new RescheduleVisitCommand(visitId, second))
        .expectEvents(
            new VisitRescheduledEvent(
                visitId,
                VisitType.DISCOVERY_CALL,
                null,
                maya,
                null,
                TimeSlot.starting(first, Duration.ofMinutes(20)),
                TimeSlot.starting(second, Duration.ofMinutes(20)),
                Duration.ZERO,
                null));
  }

  @Test
  void reschedulingToTheSameTimeChangesNothing() {
    Instant start = at(2026, 12, 1, 10, 0);
    fixture
        .given(booked(start))
        .when(new RescheduleVisitCommand(visitId, start))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void refusesToRescheduleOutsideWorkingHours() {
    fixture
        .given(booked(at(2026, 12, 1, 10, 0)))
        .when(new RescheduleVisitCommand(visitId, at(2026, 12, 1, 19, 0)))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesToRescheduleACancelledVisit() {
    Instant start = at(2026, 12, 1, 10, 0);
    fixture
        .given(booked(start), cancelled(start, "ill", false))
        .when(new RescheduleVisitCommand(visitId, at(2026, 12, 2, 10, 0)))
        .expectNoEvents()
        .expectException(Refusal.class)
        .expectExceptionMessage("The visit is CANCELLED, so it cannot be rescheduled");
  }

  @Test
  void cancelsAVisitTwoDaysAheadWithoutALateFlag() {
    Instant start = at(2026, 12, 2, 10, 0);
    fixture
        .given(booked(start))
        .when(new CancelVisitCommand(visitId, " feeling better "))
        .expectEvents(cancelled(start, "feeling better", false));
  }

  @Test
  void flagsACancellationInsideTwentyFourHoursAsLate() {
    Instant start = at(2026, 12, 1, 8, 30);
    fixture
        .given(booked(start))
        .when(new CancelVisitCommand(visitId, "work meeting"))
        .expectEvents(cancelled(start, "work meeting", true));
  }

  @Test
  void refusesACancellationWithoutAReason() {
    fixture
        .given(booked(at(2026, 12, 2, 10, 0)))
        .when(new CancelVisitCommand(visitId, " "))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesToCancelTwice() {
    Instant start = at(2026, 12, 2, 10, 0);
    fixture
        .given(booked(start), cancelled(start, "ill", false))
        .when(new CancelVisitCommand(visitId, "again"))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  private VisitCancelledEvent cancelled(Instant start, String reason, boolean late) {
    return new VisitCancelledEvent(
        visitId, VisitType.DISCOVERY_CALL, null, maya, null, slot(start), reason, late, null);
  }

  private static TimeSlot slot(Instant start) {
    return TimeSlot.starting(start, Duration.ofMinutes(20));
  }
}
