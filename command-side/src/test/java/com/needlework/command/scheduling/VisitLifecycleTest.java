package com.needlework.command.scheduling;

import static com.needlework.command.scheduling.VisitFixtures.NOW;
import static com.needlework.command.scheduling.VisitFixtures.at;
import static com.needlework.command.scheduling.VisitFixtures.refusalOf;
import static com.needlework.command.scheduling.VisitFixtures.visitsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.FeeKind;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.PreviewCompletionCommand;
import com.needlework.api.scheduling.RecordNoShowCommand;
import com.needlework.api.scheduling.VisitCancelledEvent;
import com.needlework.api.scheduling.VisitCheckedInEvent;
import com.needlework.api.scheduling.VisitCompletedEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitNoShowRecordedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

/** Booking evaluations, and every step of a visit's lifecycle, one behaviour per test. */
class VisitLifecycleTest {

  private final InMemoryClinicCalendar calendar = new InMemoryClinicCalendar();
  private final InMemoryCareRecords care = new InMemoryCareRecords();
  private final PractitionerId maya = calendar.practitionerWorkingWeekdays("Maya Chen");
  private final RoomId room = calendar.room();
  private final PatientId patient = care.notYetEvaluated();
  private final VisitId visitId = VisitId.newId();
  private final AggregateTestFixture<Visit> fixture = visitsOf(calendar, care);

  private EvaluationBookedEvent evaluationBooked(Instant start) {
    return new EvaluationBookedEvent(
        visitId,
        patient,
        maya,
        room,
        TimeSlot.starting(start, Duration.ofMinutes(60)),
        Duration.ofMinutes(15),
        InMemoryBenefitRecords.uninsured(start));
  }

  private NeedlingSessionBookedEvent needlingBooked(Instant start) {
    return VisitFixtures.needlingBooked(visitId, patient, maya, room, start, false);
  }

  private static EvaluationFindings findings() {
    return new EvaluationFindings(
        EvaluationComplexity.MODERATE,
        Screening.clear(),
        new PlanOfCare(6, 2, LocalDate.of(2027, 2, 15)),
        Diagnoses.NONE);
  }

  private static NeedlingTreatment treatment() {
    return new NeedlingTreatment(
        MusclesNeedled.THREE_OR_MORE, ElectricalStimulation.ATTENDED, 15, 15, 10);
  }

  @Test
  void booksAnEvaluationIntoAPractitionerAndARoom() {
    Instant start = at(2026, 12, 1, 10, 0);
    fixture
        .givenNoPriorActivity()
        .when(new BookEvaluationCommand(visitId, patient, maya, room, start, false))
        .expectEvents(evaluationBooked(start));
  }

  @Test
  void letsStaffBookAnEvaluationElevenMonthsAhead() {
    Instant start = at(2027, 10, 28, 10, 0);
    fixture
        .givenNoPriorActivity()
        .when(new BookEvaluationCommand(visitId, patient, maya, room, start, false))
        .expectEvents(evaluationBooked(start));
  }

  @Test
  void checksInAPatientOnTheDayOfTheVisit() {
    fixture
        .given(evaluationBooked(at(2026, 11, 30, 10, 0)))
        .when(new CheckInVisitCommand(visitId))
        .expectEvents(new VisitCheckedInEvent(visitId, NOW));
  }

  @Test
  void refusesACheckInOnAnotherDay() {
    fixture
        .given(evaluationBooked(at(2026, 12, 1, 10, 0)))
        .when(new CheckInVisitCommand(visitId))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void completesACheckedInEvaluationWithItsComplexity() {
    Instant start = at(2026, 11, 30, 8, 0);
    fixture
        .given(evaluationBooked(start), new VisitCheckedInEvent(visitId, start))
        .when(new CompleteVisitCommand(visitId, findings(), null))
        .expectEvents(
            new VisitCompletedEvent(
                visitId,
                VisitType.EVALUATION,
                patient,
                maya,
                TimeSlot.starting(start, Duration.ofMinutes(60)),
                NOW,
                EvaluationComplexity.MODERATE,
                null,
                InMemoryBenefitRecords.uninsured(start)))
        .expectResultMessagePayload(
            new CompletedVisit(
                patient,
                maya,
                VisitType.EVALUATION,
                TimeSlot.starting(start, Duration.ofMinutes(60)),
                EvaluationComplexity.MODERATE,
                null,
                InMemoryBenefitRecords.uninsured(start)));
  }

  @Test
  void completesACheckedInNeedlingSessionWithWhatWasDone() {
    Instant start = at(2026, 11, 30, 8, 0);
    fixture
        .given(needlingBooked(start), new VisitCheckedInEvent(visitId, start))
        .when(new CompleteVisitCommand(visitId, null, treatment()))
        .expectEvents(
            new VisitCompletedEvent(
                visitId,
                VisitType.NEEDLING_SESSION,
                patient,
                maya,
                TimeSlot.starting(start, Duration.ofMinutes(45)),
                NOW,
                null,
                treatment(),
                InMemoryBenefitRecords.uninsured(start)));
  }

  @Test
  void refusesToCompleteAnInClinicVisitBeforeCheckIn() {
    fixture
        .given(needlingBooked(at(2026, 11, 30, 8, 0)))
        .when(new CompleteVisitCommand(visitId, null, treatment()))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void completesADiscoveryCallWithoutACheckIn() {
    Instant start = at(2026, 11, 30, 8, 30);
    TimeSlot slot = TimeSlot.starting(start, Duration.ofMinutes(20));
    ProspectId prospect = ProspectId.newId();
    fixture
        .given(
            new DiscoveryCallBookedEvent(
                visitId, prospect, maya, slot, Duration.ZERO, null, BookingChannel.PUBLIC))
        .when(new CompleteVisitCommand(visitId, null, null))
        .expectEvents(
            new VisitCompletedEvent(
                visitId, VisitType.DISCOVERY_CALL, null, maya, slot, NOW, null, null, null));
  }

  @Test
  void refusesToCompleteAVisitThatHasNotStarted() {
    Instant start = at(2026, 11, 30, 10, 0);
    fixture
        .given(evaluationBooked(start), new VisitCheckedInEvent(visitId, NOW))
        .when(new CompleteVisitCommand(visitId, findings(), null))
        .expectNoEvents()
        .expectException(refusalOf(SchedulingRule.NOT_YET_DUE));
  }

  @Test
  void refusesANeedlingOutcomeForAnEvaluation() {
    Instant start = at(2026, 11, 30, 8, 0);
    fixture
        .given(evaluationBooked(start), new VisitCheckedInEvent(visitId, start))
        .when(new CompleteVisitCommand(visitId, null, treatment()))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesToCompleteACancelledVisitNamingItsState() {
    Instant start = at(2026, 11, 30, 8, 0);
    fixture
        .given(
            evaluationBooked(start),
            new VisitCancelledEvent(
                visitId,
                VisitType.EVALUATION,
                patient,
                maya,
                room,
                TimeSlot.starting(start, Duration.ofMinutes(60)),
                "ill",
                true,
                InMemoryBenefitRecords.uninsured(start)))
        .when(new CompleteVisitCommand(visitId, findings(), null))
        .expectNoEvents()
        .expectException(Refusal.class)
        .expectExceptionMessage(
            Matchers.predicate(m -> m.toString().startsWith("The visit is CANCELLED")));
  }

  @Test
  void recordsANoShowOnceTheVisitHasStarted() {
    Instant start = at(2026, 11, 30, 8, 0);
    fixture
        .given(needlingBooked(start))
        .when(new RecordNoShowCommand(visitId))
        .expectResultMessagePayload(MissedVisit.noShow(patient, VisitType.NEEDLING_SESSION))
        .expectEvents(
            new VisitNoShowRecordedEvent(
                visitId,
                VisitType.NEEDLING_SESSION,
                patient,
                maya,
                room,
                TimeSlot.starting(start, Duration.ofMinutes(45)),
                InMemoryBenefitRecords.uninsured(start)));
  }

  @Test
  void refusesANoShowBeforeTheVisitStarts() {
    fixture
        .given(needlingBooked(at(2026, 11, 30, 11, 0)))
        .when(new RecordNoShowCommand(visitId))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void previewsACompletionOfABookedVisitAppendingNothing() {
    Instant start = at(2026, 12, 1, 10, 0);
    fixture
        .given(needlingBooked(start))
        .when(new PreviewCompletionCommand(visitId, null, treatment()))
        .expectNoEvents()
        .expectResultMessagePayload(
            new CompletedVisit(
                patient,
                maya,
                VisitType.NEEDLING_SESSION,
                TimeSlot.starting(start, Duration.ofMinutes(45)),
                null,
                treatment(),
                InMemoryBenefitRecords.uninsured(start)));
  }

  @Test
  void refusesAPreviewWithoutTheOutcomeTheVisitNeeds() {
    fixture
        .given(needlingBooked(at(2026, 12, 1, 10, 0)))
        .when(new PreviewCompletionCommand(visitId, findings(), null))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesToPreviewACompletedVisit() {
    Instant start = at(2026, 11, 30, 8, 0);
    fixture
        .given(
            needlingBooked(start),
            new VisitCheckedInEvent(visitId, start),
            new VisitCompletedEvent(
                visitId,
                VisitType.NEEDLING_SESSION,
                patient,
                maya,
                TimeSlot.starting(start, Duration.ofMinutes(45)),
                NOW,
                null,
                treatment(),
                InMemoryBenefitRecords.uninsured(start)))
        .when(new PreviewCompletionCommand(visitId, null, treatment()))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void aLateCancellationOwesTheLateFeeAndAnEarlyOneNone() {
    fixture
        .given(needlingBooked(at(2026, 11, 30, 15, 0)))
        .when(new CancelVisitCommand(visitId, "work meeting"))
        .expectResultMessagePayload(
            MissedVisit.cancelled(patient, VisitType.NEEDLING_SESSION, true));
    assertThat(MissedVisit.cancelled(patient, VisitType.NEEDLING_SESSION, true).feeOwed())
        .contains(FeeKind.LATE_CANCELLATION);
    assertThat(MissedVisit.cancelled(patient, VisitType.NEEDLING_SESSION, false).feeOwed())
        .isEmpty();
    assertThat(MissedVisit.noShow(patient, VisitType.EVALUATION).feeOwed())
        .contains(FeeKind.NO_SHOW);
    assertThat(MissedVisit.noShow(null, VisitType.DISCOVERY_CALL).feeOwed()).isEmpty();
  }

  @Test
  void refusesToCancelAVisitThePatientAlreadyCheckedInFor() {
    Instant start = at(2026, 11, 30, 10, 0);
    fixture
        .given(needlingBooked(start), new VisitCheckedInEvent(visitId, NOW))
        .when(new CancelVisitCommand(visitId, "changed mind"))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
