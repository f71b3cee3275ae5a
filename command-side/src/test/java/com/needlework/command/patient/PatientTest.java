package com.needlework.command.patient;

import static com.needlework.command.scheduling.InMemoryClinicCalendar.LOS_ANGELES;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.AbnRecordedEvent;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.ContraindicationOverriddenEvent;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.OverrideContraindicationCommand;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.PlanOfCareEndingSoonEvent;
import com.needlework.api.patient.PlanOfCareUpdatedEvent;
import com.needlework.api.patient.RecordAbnCommand;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.patient.RegisterPatientCommand;
import com.needlework.api.patient.Screening;
import com.needlework.api.patient.ScreeningUpdatedEvent;
import com.needlework.api.patient.UpdatePlanOfCareCommand;
import com.needlework.api.patient.UpdateScreeningCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.scheduling.InMemoryClinicCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientTest {

  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final PatientId patientId = PatientId.newId();
  private final VisitId evaluationVisit = VisitId.newId();
  private AggregateTestFixture<Patient> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Patient.class);
    fixture.registerInjectableResource(
        new ClinicClock(new InMemoryClinicCalendar(), Clock.fixed(NOW, ZoneOffset.UTC)));
    fixture.registerInjectableResource(
        (CareRecords) patient -> Optional.of(CareSnapshot.notEvaluated()));
  }

  private PatientRegisteredEvent registered() {
    return new PatientRegisteredEvent(
        patientId,
        PatientDetails.of("Ann Smith", LocalDate.of(1980, 5, 17), "4155550100", "ann@example.com"),
        null);
  }

  private static Screening anticoagulants() {
    return new Screening(Set.of(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS), "warfarin");
  }

  private EvaluationRecordedEvent evaluated(Screening screening, int planNumber) {
    return new EvaluationRecordedEvent(
        patientId,
        evaluationVisit,
        TODAY,
        EvaluationComplexity.LOW,
        screening,
        new PlanOfCare(6, 2, TODAY.plusDays(60)),
        planNumber,
        Diagnoses.NONE);
  }

  /** A low-complexity evaluation with a clear screening and a plan certified for 60 days. */
  private RecordEvaluationCommand evaluationOn(LocalDate day) {
    return new RecordEvaluationCommand(
        patientId,
        evaluationVisit,
        day,
        EvaluationComplexity.LOW,
        Screening.clear(),
        new PlanOfCare(6, 2, TODAY.plusDays(60)),
        Diagnoses.NONE);
  }

  @Test
  void registersAPatient() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPatientCommand(patientId, registered().details(), null))
        .expectEvents(registered());
  }

  @Test
  void recordsAnEvaluationAsTheFirstPlanOfCare() {
    fixture
        .given(registered())
        .when(evaluationOn(TODAY))
        .expectEvents(evaluated(Screening.clear(), 1));
  }

  @Test
  void aReEvaluationStartsTheNextPlan() {
    fixture
        .given(registered(), evaluated(Screening.clear(), 1))
        .when(evaluationOn(TODAY))
        .expectEvents(evaluated(Screening.clear(), 2));
  }

  @Test
  void refusesAPlanCertifiedMoreThanNinetyDaysAfterTheEvaluation() {
    fixture
        .given(registered())
        .when(
            new RecordEvaluationCommand(
                patientId,
                evaluationVisit,
                TODAY,
                EvaluationComplexity.LOW,
                Screening.clear(),
                new PlanOfCare(6, 2, TODAY.plusDays(91)),
                Diagnoses.NONE))
        .expectNoEvents()
        .expectException(Refusal.class)
        .expectExceptionMessage(
            "A plan of care is certified for at most 90 days after the evaluation: until"
                + " 2027-02-28 at the latest");
  }

  @Test
  void refusesAnEvaluationDatedInTheFuture() {
    fixture
        .given(registered())
        .when(
            new RecordEvaluationCommand(
                patientId,
                null,
                TODAY.plusDays(5),
                EvaluationComplexity.LOW,
                Screening.clear(),
                new PlanOfCare(6, 2, TODAY.plusDays(60)),
                Diagnoses.NONE))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void atFivePmInLosAngelesTheClinicsTodayIsStillTodayThoughUtcIsTomorrow() {
    Instant fivePm = LocalDateTime.of(2026, 11, 30, 17, 0).atZone(LOS_ANGELES).toInstant();
    AggregateTestFixture<Patient> atFivePm = new AggregateTestFixture<>(Patient.class);
    atFivePm.registerInjectableResource(
        new ClinicClock(new InMemoryClinicCalendar(), Clock.fixed(fivePm, ZoneOffset.UTC)));

    atFivePm
        .given(registered())
        .when(evaluationOn(TODAY.plusDays(1)))
        .expectNoEvents()
        .expectException(Refusal.class);
    atFivePm
        .given(registered())
        .when(evaluationOn(TODAY))
        .expectEvents(evaluated(Screening.clear(), 1));
  }

  @Test
  void remindsAWeekBeforeThePlansCertificationEnds() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(registered())
        .when(evaluationOn(TODAY))
        .expectScheduledDeadline(
            TODAY.plusDays(53).atStartOfDay(InMemoryClinicCalendar.LOS_ANGELES).toInstant(),
            new Patient.CertificationEnding(1));
  }

  @Test
  void theReminderNamesThePlanAndItsLastCertifiedDay() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(registered())
        .andGivenCommands(evaluationOn(TODAY))
        .whenTimeElapses(Duration.ofDays(54))
        .expectEvents(new PlanOfCareEndingSoonEvent(patientId, 1, TODAY.plusDays(60), 0));
  }

  @Test
  void aRecertifiedPlanMovesTheReminder() {
    PlanOfCare longer = new PlanOfCare(10, 2, TODAY.plusDays(85));
    fixture
        .givenCurrentTime(NOW)
        .andGiven(registered())
        .andGivenCommands(evaluationOn(TODAY))
        .when(new UpdatePlanOfCareCommand(patientId, longer, "clinician"))
        .expectScheduledDeadline(
            TODAY.plusDays(78).atStartOfDay(InMemoryClinicCalendar.LOS_ANGELES).toInstant(),
            new Patient.CertificationEnding(1))
        .expectNoScheduledDeadline(
            TODAY.plusDays(53).atStartOfDay(InMemoryClinicCalendar.LOS_ANGELES).toInstant(),
            new Patient.CertificationEnding(1));
  }

  @Test
  void updatesTheScreeningAtAnyTime() {
    fixture
        .given(registered(), evaluated(Screening.clear(), 1))
        .when(new UpdateScreeningCommand(patientId, anticoagulants(), "clinician"))
        .expectEvents(new ScreeningUpdatedEvent(patientId, anticoagulants(), "clinician"));
  }

  @Test
  void updatesThePlanOfCareOfTheCurrentEpisode() {
    PlanOfCare longer = new PlanOfCare(10, 2, TODAY.plusDays(90));
    fixture
        .given(registered(), evaluated(Screening.clear(), 1))
        .when(new UpdatePlanOfCareCommand(patientId, longer, "clinician"))
        .expectEvents(new PlanOfCareUpdatedEvent(patientId, longer, 1, "clinician"));
  }

  @Test
  void refusesAPlanOfCareBeforeAnyEvaluation() {
    fixture
        .given(registered())
        .when(
            new UpdatePlanOfCareCommand(
                patientId, new PlanOfCare(6, 2, TODAY.plusDays(30)), "clinician"))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  private OverrideContraindicationCommand override(Contraindication open, String reason) {
    return new OverrideContraindicationCommand(patientId, open, reason, "clinician");
  }

  private OverrideContraindicationCommand overrideAnticoagulants(String reason) {
    return override(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS, reason);
  }

  private ContraindicationOverriddenEvent anticoagulantsOverridden(String reason) {
    return new ContraindicationOverriddenEvent(
        patientId, Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS, reason, "clinician", NOW);
  }

  @Test
  void recordsWhoOverrodeAnOpenContraindicationWhyAndWhen() {
    fixture
        .given(registered(), evaluated(anticoagulants(), 1))
        .when(overrideAnticoagulants("INR stable, physician cleared"))
        .expectEvents(anticoagulantsOverridden("INR stable, physician cleared"));
  }

  @Test
  void refusesToOverrideAContraindicationTheScreeningDoesNotShow() {
    fixture
        .given(registered(), evaluated(anticoagulants(), 1))
        .when(override(Contraindication.PREGNANCY, "not relevant"))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesAnOverrideWithoutAReason() {
    fixture
        .given(registered(), evaluated(anticoagulants(), 1))
        .when(overrideAnticoagulants(" "))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void aNewScreeningNeedsAFreshOverride() {
    fixture
        .given(
            registered(),
            evaluated(anticoagulants(), 1),
            anticoagulantsOverridden("cleared"),
            new ScreeningUpdatedEvent(patientId, anticoagulants(), "clinician"))
        .when(overrideAnticoagulants("cleared again"))
        .expectSuccessfulHandlerExecution()
        .expectEvents(anticoagulantsOverridden("cleared again"));
  }

  @Test
  void refusesToOverrideTheSameContraindicationTwice() {
    fixture
        .given(registered(), evaluated(anticoagulants(), 1), anticoagulantsOverridden("cleared"))
        .when(overrideAnticoagulants("again"))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void recordsASignedAbnAndWhoRecordedIt() {
    fixture
        .given(registered())
        .when(new RecordAbnCommand(patientId, TODAY.minusDays(2), "frontdesk"))
        .expectEvents(new AbnRecordedEvent(patientId, TODAY.minusDays(2), "frontdesk"));
  }

  @Test
  void refusesAnAbnSignedInTheFuture() {
    fixture
        .given(registered())
        .when(new RecordAbnCommand(patientId, TODAY.plusDays(1), "frontdesk"))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
