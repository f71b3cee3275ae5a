package com.needlework.command.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.AddAuthorizationCommand;
import com.needlework.api.insurance.AddCoverageCommand;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationAddedEvent;
import com.needlework.api.insurance.AuthorizationExpiredEvent;
import com.needlework.api.insurance.AuthorizationExpiringEvent;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodEndedEvent;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.ChangeCoverageCommand;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageAddedEvent;
import com.needlework.api.insurance.CoverageChangedEvent;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageTerminatedEvent;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.CoveredVisitNeedsAttentionEvent;
import com.needlework.api.insurance.CoveredVisitReturnedEvent;
import com.needlework.api.insurance.CoveredVisitUsedEvent;
import com.needlework.api.insurance.EligibilityReceivedEvent;
import com.needlework.api.insurance.EligibilityReport;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.RecordCoveredVisitCommand;
import com.needlework.api.insurance.RecordEligibilityCommand;
import com.needlework.api.insurance.ReturnCoveredVisitCommand;
import com.needlework.api.insurance.SubscriberRelation;
import com.needlework.api.insurance.TerminateCoverageCommand;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.insurance.BenefitDeadlines.AuthorizationDeadline;
import com.needlework.command.insurance.BenefitDeadlines.PeriodEnd;
import com.needlework.command.patient.CareRecords;
import com.needlework.command.scheduling.InMemoryClinicCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Benefit counters and the deadlines a coverage keeps, one behaviour per test. */
class CoverageTest {

  /** Monday 30 November 2026, 09:00 in Los Angeles. */
  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

  /** Midnight starting 1 January 2027 in Los Angeles. */
  private static final Instant NEW_YEAR = Instant.parse("2027-01-01T08:00:00Z");

  private static final DateRange CALENDAR_2026 =
      new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private final CoverageId coverageId = CoverageId.newId();
  private final PatientId patient = PatientId.newId();
  private final PayerId payer = PayerId.newId();
  private AggregateTestFixture<Coverage> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Coverage.class);
    fixture.registerInjectableResource(
        new ClinicClock(
            new InMemoryClinicCalendar(), Clock.fixed(NOW, InMemoryClinicCalendar.LOS_ANGELES)));
    fixture.registerInjectableResource((Payers) payer::equals);
    fixture.registerInjectableResource(
        (CareRecords)
            id -> id.equals(patient) ? Optional.of(CareSnapshot.notEvaluated()) : Optional.empty());
    fixture.registerInjectableResource(new InsuranceSettings(14));
  }

  private CoverageTerms terms(BenefitPeriod period, int visitsAllowed) {
    return new CoverageTerms(
        payer,
        "CHP123456789",
        SubscriberRelation.SELF,
        CoveragePriority.PRIMARY,
        period,
        visitsAllowed,
        new CostSharing(
            Money.of("30.00"), new BigDecimal("20"), Money.of("500.00"), Money.of("180.00")),
        LocalDate.of(2026, 1, 1),
        null);
  }

  private static BenefitPeriod julyPlanYear() {
    return new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, MonthDay.of(7, 1));
  }

  private AddCoverageCommand add(int visitsAllowed, int usedSoFar) {
    return add(terms(BenefitPeriod.calendarYear(), visitsAllowed), usedSoFar);
  }

  private AddCoverageCommand add(CoverageTerms terms, int usedSoFar) {
    return new AddCoverageCommand(
        coverageId, patient, terms, usedSoFar, LocalDate.of(2026, 11, 30));
  }

  private CoverageAddedEvent added(int visitsAllowed, int usedSoFar) {
    return new CoverageAddedEvent(
        coverageId,
        patient,
        terms(BenefitPeriod.calendarYear(), visitsAllowed),
        CALENDAR_2026,
        usedSoFar);
  }

  private static Authorization authorization(int visits, LocalDate until) {
    return new Authorization(
        AuthorizationId.newId(),
        "AUTH-77",
        visits,
        new DateRange(LocalDate.of(2026, 11, 1), until),
        Set.of());
  }

  /** A visit used in the 2026 calendar year. */
  private CoveredVisitUsedEvent used(VisitId visit, LocalDate date, AuthorizationId authorization) {
    return new CoveredVisitUsedEvent(
        coverageId, patient, visit, date, LocalDate.of(2026, 1, 1), authorization);
  }

  private CoveredVisitNeedsAttentionEvent needsAttention(
      VisitId visit, LocalDate date, String reason) {
    return new CoveredVisitNeedsAttentionEvent(coverageId, patient, visit, date, reason);
  }

  private RecordCoveredVisitCommand visitOn(VisitId visit, LocalDate date) {
    return new RecordCoveredVisitCommand(coverageId, visit, date, Set.of("20560"));
  }

  @Test
  void addsACoverageAndSchedulesTheEndOfItsBenefitPeriod() {
    fixture
        .givenCurrentTime(NOW)
        .when(add(20, 9))
        .expectEvents(added(20, 9))
        .expectScheduledDeadline(NEW_YEAR, new PeriodEnd(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void refusesMoreVisitsUsedSoFarThanThePeriodAllows() {
    fixture.givenCurrentTime(NOW).when(add(20, 21)).expectNoEvents().expectException(Refusal.class);
  }

  @Test
  void refusesAnUnknownPayer() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new AddCoverageCommand(
                coverageId,
                patient,
                new CoverageTerms(
                    PayerId.newId(),
                    "M1",
                    null,
                    null,
                    BenefitPeriod.calendarYear(),
                    10,
                    null,
                    LocalDate.of(2026, 1, 1),
                    null),
                0,
                null))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void aCompletedCoveredVisitCountsInThePeriodOfItsDay() {
    VisitId visit = VisitId.newId();
    fixture
        .given(added(20, 9))
        .when(visitOn(visit, LocalDate.of(2026, 12, 31)))
        .expectEvents(used(visit, LocalDate.of(2026, 12, 31), null));
  }

  @Test
  void aVisitBeyondThePeriodsLimitNeedsAttention() {
    VisitId visit = VisitId.newId();
    fixture
        .given(added(10, 10))
        .when(visitOn(visit, LocalDate.of(2026, 12, 2)))
        .expectEvents(
            needsAttention(
                visit,
                LocalDate.of(2026, 12, 2),
                "All 10 covered visits of the benefit period 2026-01-01 to 2026-12-31 are used or booked"));
  }

  @Test
  void theLastAuthorizedVisitGoesToTheFirstCompletionAndTheSecondNeedsAttention() {
    Authorization onlyOne = authorization(1, LocalDate.of(2026, 12, 31));
    VisitId first = VisitId.newId();
    VisitId second = VisitId.newId();
    fixture
        .given(
            added(20, 0),
            new AuthorizationAddedEvent(coverageId, patient, onlyOne),
            used(first, LocalDate.of(2026, 12, 1), onlyOne.authorizationId()))
        .when(visitOn(second, LocalDate.of(2026, 12, 2)))
        .expectEvents(
            needsAttention(
                second, LocalDate.of(2026, 12, 2), "Authorization AUTH-77 has no visits left"));
  }

  @Test
  void recordingTheSameVisitTwiceCountsItOnce() {
    VisitId visit = VisitId.newId();
    fixture
        .given(added(20, 0), used(visit, LocalDate.of(2026, 12, 1), null))
        .when(visitOn(visit, LocalDate.of(2026, 12, 1)))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void reversingACompletionGivesTheVisitBack() {
    Authorization authorization = authorization(5, LocalDate.of(2026, 12, 31));
    VisitId visit = VisitId.newId();
    fixture
        .given(
            added(20, 0),
            new AuthorizationAddedEvent(coverageId, patient, authorization),
            used(visit, LocalDate.of(2026, 12, 1), authorization.authorizationId()))
        .when(new ReturnCoveredVisitCommand(coverageId, visit))
        .expectEvents(
            new CoveredVisitReturnedEvent(
                coverageId,
                patient,
                visit,
                LocalDate.of(2026, 1, 1),
                authorization.authorizationId()));
  }

  @Test
  void theEndOfTheBenefitPeriodSaysHowManyVisitsWereLostAndStartsCountingAgain() {
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(add(20, 9))
        .whenTimeAdvancesTo(NEW_YEAR)
        .expectEvents(
            new BenefitPeriodEndedEvent(
                coverageId,
                patient,
                CALENDAR_2026,
                11,
                new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))))
        .expectScheduledDeadline(
            Instant.parse("2028-01-01T08:00:00Z"), new PeriodEnd(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void aJulyPlanYearEndsOnJuneThirtieth() {
    fixture
        .givenCurrentTime(NOW)
        .when(add(terms(julyPlanYear(), 24), 0))
        .expectScheduledDeadline(
            Instant.parse("2027-07-01T07:00:00Z"), new PeriodEnd(LocalDate.of(2026, 7, 1)));
  }

  @Test
  void changingTheBenefitPeriodMovesItsDeadline() {
    CoverageTerms planYear = terms(julyPlanYear(), 24);
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(add(20, 0))
        .when(new ChangeCoverageCommand(coverageId, planYear))
        .expectEvents(new CoverageChangedEvent(coverageId, patient, planYear))
        .expectScheduledDeadline(
            Instant.parse("2027-07-01T07:00:00Z"), new PeriodEnd(LocalDate.of(2026, 7, 1)))
        .expectNoScheduledDeadline(NEW_YEAR, new PeriodEnd(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void terminatingTheCoverageRemovesItsDeadlines() {
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(
            add(20, 0),
            new AddAuthorizationCommand(coverageId, authorization(6, LocalDate.of(2027, 2, 1))))
        .when(new TerminateCoverageCommand(coverageId, LocalDate.of(2026, 12, 15)))
        .expectEvents(new CoverageTerminatedEvent(coverageId, patient, LocalDate.of(2026, 12, 15)))
        .expectNoScheduledDeadlines();
  }

  @Test
  void anAuthorizationWarnsFourteenDaysBeforeItExpiresAndAgainWhenItHas() {
    Authorization authorization = authorization(6, LocalDate.of(2027, 1, 20));
    AuthorizationDeadline deadline = new AuthorizationDeadline(authorization.authorizationId());
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(add(20, 0))
        .when(new AddAuthorizationCommand(coverageId, authorization))
        .expectEvents(new AuthorizationAddedEvent(coverageId, patient, authorization))
        .expectScheduledDeadline(Instant.parse("2027-01-06T08:00:00Z"), deadline)
        .expectScheduledDeadline(Instant.parse("2027-01-21T08:00:00Z"), deadline);
  }

  @Test
  void theExpiringWarningSaysHowManyVisitsAreLeft() {
    Authorization authorization = authorization(6, LocalDate.of(2026, 12, 20));
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(add(20, 0), new AddAuthorizationCommand(coverageId, authorization))
        .whenTimeAdvancesTo(Instant.parse("2026-12-06T08:00:00Z"))
        .expectEvents(
            new AuthorizationExpiringEvent(
                coverageId,
                patient,
                authorization.authorizationId(),
                LocalDate.of(2026, 12, 20),
                6));
  }

  @Test
  void anExpiredAuthorizationIsReportedTheDayAfterItsLastDay() {
    Authorization authorization = authorization(6, LocalDate.of(2026, 12, 10));
    fixture
        .givenCurrentTime(NOW)
        .andGivenCommands(add(20, 0), new AddAuthorizationCommand(coverageId, authorization))
        .whenTimeAdvancesTo(Instant.parse("2026-12-11T08:00:00Z"))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.matches(e -> e instanceof AuthorizationExpiringEvent),
                    Matchers.matches(
                        e ->
                            e instanceof AuthorizationExpiredEvent expired
                                && expired.visitsLeft() == 6
                                && expired.validUntil().equals(LocalDate.of(2026, 12, 10))),
                    Matchers.andNoMore())));
  }

  @Test
  void recordsAnEligibilityResponseForItsMember() {
    EligibilityReport report = report("CHP123456789");
    fixture
        .given(added(20, 0))
        .when(new RecordEligibilityCommand(coverageId, report))
        .expectEvents(new EligibilityReceivedEvent(coverageId, patient, report, NOW));
  }

  @Test
  void refusesAnEligibilityResponseForAnotherMember() {
    fixture
        .given(added(20, 0))
        .when(new RecordEligibilityCommand(coverageId, report("XYZ000")))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  private static EligibilityReport report(String member) {
    return new EligibilityReport(
        member,
        "CASCADE HEALTH PLAN",
        CALENDAR_2026,
        30,
        18,
        Money.of("30.00"),
        new BigDecimal("20"),
        Money.of("500.00"),
        Money.of("320.00"),
        List.of("20560", "20561"),
        List.of());
  }
}
