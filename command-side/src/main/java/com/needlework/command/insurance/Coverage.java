package com.needlework.command.insurance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.AddAuthorizationCommand;
import com.needlework.api.insurance.AddCoverageCommand;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationAddedEvent;
import com.needlework.api.insurance.AuthorizationExpiredEvent;
import com.needlework.api.insurance.AuthorizationExpiringEvent;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.insurance.BenefitPeriodEndedEvent;
import com.needlework.api.insurance.Benefits;
import com.needlework.api.insurance.Benefits.Covered;
import com.needlework.api.insurance.Benefits.Decision;
import com.needlework.api.insurance.Benefits.Uncovered;
import com.needlework.api.insurance.ChangeCoverageCommand;
import com.needlework.api.insurance.CoverageAddedEvent;
import com.needlework.api.insurance.CoverageChangedEvent;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoverageStanding;
import com.needlework.api.insurance.CoverageTerminatedEvent;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.CoveredVisitNeedsAttentionEvent;
import com.needlework.api.insurance.CoveredVisitNotBilledEvent;
import com.needlework.api.insurance.CoveredVisitReturnedEvent;
import com.needlework.api.insurance.CoveredVisitUsedEvent;
import com.needlework.api.insurance.CoveredVisits;
import com.needlework.api.insurance.EligibilityReceivedEvent;
import com.needlework.api.insurance.RecordCoveredVisitCommand;
import com.needlework.api.insurance.RecordEligibilityCommand;
import com.needlework.api.insurance.ReturnCoveredVisitCommand;
import com.needlework.api.insurance.TerminateCoverageCommand;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.insurance.BenefitDeadlines.AuthorizationDeadline;
import com.needlework.command.insurance.BenefitDeadlines.PeriodEnd;
import com.needlework.command.patient.CareRecords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient's insurance: its terms, the visits each benefit period has used, its authorizations. It
 * decides whether a completed visit is paid (one of two racing for the last authorized visit is),
 * and keeps durable deadlines for the end of each period and each authorization.
 */
@Aggregate
class Coverage {

  private record Use(LocalDate periodStart, AuthorizationId authorizationId) {}

  @AggregateIdentifier private CoverageId coverageId;
  private PatientId patientId;
  private CoverageTerms terms;
  private boolean terminated;
  private final Map<LocalDate, Integer> usedByPeriod = new HashMap<>();
  private final Map<AuthorizationId, Authorization> authorizations = new LinkedHashMap<>();
  private final Map<AuthorizationId, Integer> usedByAuthorization = new HashMap<>();
  private final Map<VisitId, Use> uses = new HashMap<>();

  protected Coverage() {}

  @CommandHandler
  Coverage(
      AddCoverageCommand command,
      Payers payers,
      CareRecords care,
      DeadlineManager deadlines,
      ClinicClock clock) {
    CoverageTerms terms = command.terms();
    if (terms == null) {
      throw Refusal.invalid("A coverage states its terms");
    }
    if (command.patientId() == null) {
      throw Refusal.invalid("A coverage is for a patient (patientId)");
    }
    if (care.snapshot(command.patientId()).isEmpty()) {
      throw Refusal.notFound("patient", command.patientId());
    }
    if (!payers.exists(terms.payerId())) {
      throw Refusal.rule(
          InsuranceRule.UNKNOWN_PAYER, "There is no payer with id " + terms.payerId());
    }
    if (command.visitsUsedSoFar() < 0 || command.visitsUsedSoFar() > terms.visitsAllowed()) {
      throw Refusal.invalid(
          "Visits used so far lie between 0 and the " + terms.visitsAllowed() + " allowed");
    }
    LocalDate asOf = command.asOf() == null ? terms.effectiveFrom() : command.asOf();
    apply(
        new CoverageAddedEvent(
            command.coverageId(),
            command.patientId(),
            terms,
            terms.benefitPeriod().containing(asOf),
            command.visitsUsedSoFar()));
    schedulePeriodEnd(clock, deadlines, terms, clock.today());
  }

  @CommandHandler
  void handle(ChangeCoverageCommand command, DeadlineManager deadlines, ClinicClock clock) {
    requireActive();
    if (command.terms() == null) {
      throw Refusal.invalid("A coverage states its terms");
    }
    apply(new CoverageChangedEvent(coverageId, patientId, command.terms()));
    deadlines.cancelAllWithinScope(BenefitDeadlines.PERIOD_END);
    schedulePeriodEnd(clock, deadlines, command.terms(), clock.today());
  }

  @CommandHandler
  void handle(TerminateCoverageCommand command, DeadlineManager deadlines) {
    requireActive();
    if (command.lastDay() == null || command.lastDay().isBefore(terms.effectiveFrom())) {
      throw Refusal.invalid("A coverage ends on or after the day it started");
    }
    apply(new CoverageTerminatedEvent(coverageId, patientId, command.lastDay()));
    deadlines.cancelAllWithinScope(BenefitDeadlines.PERIOD_END);
    deadlines.cancelAllWithinScope(BenefitDeadlines.AUTHORIZATION_EXPIRING);
    deadlines.cancelAllWithinScope(BenefitDeadlines.AUTHORIZATION_EXPIRED);
  }

  @CommandHandler
  void handle(
      AddAuthorizationCommand command,
      DeadlineManager deadlines,
      InsuranceSettings settings,
      ClinicClock clock) {
    requireActive();
    Authorization authorization = command.authorization();
    if (authorization == null) {
      throw Refusal.invalid("An authorization is required");
    }
    if (authorizations.containsKey(authorization.authorizationId())
        || authorizations.values().stream()
            .anyMatch(a -> a.number().equals(authorization.number()))) {
      throw Refusal.conflict(
          "Authorization " + authorization.number() + " is already recorded on this coverage");
    }
    apply(new AuthorizationAddedEvent(coverageId, patientId, authorization));
    AuthorizationDeadline deadline = new AuthorizationDeadline(authorization.authorizationId());
    LocalDate warnOn = authorization.valid().end().minusDays(settings.authorizationWarningDays());
    LocalDate today = clock.today();
    deadlines.schedule(
        clock.startOf(warnOn.isAfter(today) ? warnOn : today),
        BenefitDeadlines.AUTHORIZATION_EXPIRING,
        deadline);
    deadlines.schedule(
        clock.startOf(authorization.valid().end().plusDays(1)),
        BenefitDeadlines.AUTHORIZATION_EXPIRED,
        deadline);
  }

  @CommandHandler
  void handle(RecordCoveredVisitCommand command) {
    if (uses.containsKey(command.visitId())) {
      return;
    }
    LocalDate date = command.serviceDate();
    if (command.codes().isEmpty()) {
      apply(
          new CoveredVisitNotBilledEvent(
              coverageId,
              patientId,
              command.visitId(),
              date,
              "No line of the visit is billed to this coverage; the patient pays it"));
      return;
    }
    if (!terms.effectiveOn(date)) {
      needsAttention(command, "The coverage is not effective on " + date);
      return;
    }
    Decision decision = Benefits.use(standingOn(date), command.codes(), date, null);
    if (decision instanceof Covered covered) {
      apply(
          new CoveredVisitUsedEvent(
              coverageId,
              patientId,
              command.visitId(),
              date,
              covered.coverage().periodStart(),
              covered.coverage().authorizationId()));
    } else {
      needsAttention(command, ((Uncovered) decision).reason());
    }
  }

  private void needsAttention(RecordCoveredVisitCommand command, String reason) {
    apply(
        new CoveredVisitNeedsAttentionEvent(
            coverageId, patientId, command.visitId(), command.serviceDate(), reason));
  }

  /** What the period containing the day and each authorization have used: completions only. */
  private CoverageStanding standingOn(LocalDate date) {
    DateRange period = terms.benefitPeriod().containing(date);
    return new CoverageStanding(
        coverageId,
        period,
        new CoveredVisits(terms.visitsAllowed(), usedByPeriod.getOrDefault(period.start(), 0), 0),
        authorizations.values().stream()
            .map(a -> new AuthorizationUse(a, usedByAuthorization(a), 0))
            .toList());
  }

  @CommandHandler
  void handle(ReturnCoveredVisitCommand command) {
    Use use = uses.get(command.visitId());
    if (use != null) {
      apply(
          new CoveredVisitReturnedEvent(
              coverageId, patientId, command.visitId(), use.periodStart(), use.authorizationId()));
    }
  }

  @CommandHandler
  void handle(RecordEligibilityCommand command, ClinicClock clock) {
    if (command.report() == null) {
      throw Refusal.invalid("An eligibility response is required");
    }
    String reported = command.report().memberId();
    if (reported == null || !reported.strip().equalsIgnoreCase(terms.memberId().strip())) {
      throw Refusal.rule(
          InsuranceRule.MEMBER_MISMATCH,
          "The eligibility response is for member "
              + reported
              + ", not for this coverage's member "
              + terms.memberId());
    }
    apply(new EligibilityReceivedEvent(coverageId, patientId, command.report(), clock.now()));
  }

  @DeadlineHandler(deadlineName = BenefitDeadlines.PERIOD_END)
  void on(PeriodEnd end, ClinicClock clock, DeadlineManager deadlines) {
    if (terminated) {
      return;
    }
    DateRange ended = terms.benefitPeriod().containing(end.periodStart());
    DateRange next = terms.benefitPeriod().following(end.periodStart());
    int unused = Math.max(0, terms.visitsAllowed() - usedByPeriod.getOrDefault(ended.start(), 0));
    apply(new BenefitPeriodEndedEvent(coverageId, patientId, ended, unused, next));
    schedulePeriodEnd(clock, deadlines, terms, next.start());
  }

  @DeadlineHandler(deadlineName = BenefitDeadlines.AUTHORIZATION_EXPIRING)
  void onExpiring(AuthorizationDeadline deadline) {
    Authorization authorization = authorizations.get(deadline.authorizationId());
    int left = visitsLeft(authorization);
    if (!terminated && left > 0) {
      apply(
          new AuthorizationExpiringEvent(
              coverageId,
              patientId,
              authorization.authorizationId(),
              authorization.valid().end(),
              left));
    }
  }

  @DeadlineHandler(deadlineName = BenefitDeadlines.AUTHORIZATION_EXPIRED)
  void onExpired(AuthorizationDeadline deadline) {
    Authorization authorization = authorizations.get(deadline.authorizationId());
    if (!terminated) {
      apply(
          new AuthorizationExpiredEvent(
              coverageId,
              patientId,
              authorization.authorizationId(),
              authorization.valid().end(),
              visitsLeft(authorization)));
    }
  }

  private int usedByAuthorization(Authorization authorization) {
    return usedByAuthorization.getOrDefault(authorization.authorizationId(), 0);
  }

  private int visitsLeft(Authorization authorization) {
    return new AuthorizationUse(authorization, usedByAuthorization(authorization), 0)
        .visits()
        .remaining();
  }

  private void requireActive() {
    if (terminated) {
      throw Refusal.conflict("The coverage is terminated");
    }
  }

  private static void schedulePeriodEnd(
      ClinicClock clock, DeadlineManager deadlines, CoverageTerms terms, LocalDate from) {
    LocalDate day = from.isBefore(terms.effectiveFrom()) ? terms.effectiveFrom() : from;
    DateRange period = terms.benefitPeriod().containing(day);
    deadlines.schedule(
        clock.startOf(period.end().plusDays(1)),
        BenefitDeadlines.PERIOD_END,
        new PeriodEnd(period.start()));
  }

  @EventSourcingHandler
  void on(CoverageAddedEvent event) {
    coverageId = event.coverageId();
    patientId = event.patientId();
    terms = event.terms();
    if (event.visitsUsedSoFar() > 0) {
      usedByPeriod.put(event.usedSoFarPeriod().start(), event.visitsUsedSoFar());
    }
  }

  @EventSourcingHandler
  void on(CoverageChangedEvent event) {
    terms = event.terms();
  }

  @EventSourcingHandler
  void on(CoverageTerminatedEvent event) {
    terminated = true;
  }

  @EventSourcingHandler
  void on(AuthorizationAddedEvent event) {
    authorizations.put(event.authorization().authorizationId(), event.authorization());
  }

  @EventSourcingHandler
  void on(CoveredVisitUsedEvent event) {
    uses.put(event.visitId(), new Use(event.periodStart(), event.authorizationId()));
    usedByPeriod.merge(event.periodStart(), 1, Integer::sum);
    if (event.authorizationId() != null) {
      usedByAuthorization.merge(event.authorizationId(), 1, Integer::sum);
    }
  }

  @EventSourcingHandler
  void on(CoveredVisitReturnedEvent event) {
    uses.remove(event.visitId());
    usedByPeriod.merge(event.periodStart(), -1, Integer::sum);
    if (event.authorizationId() != null) {
      usedByAuthorization.merge(event.authorizationId(), -1, Integer::sum);
    }
  }
}
