package com.needlework.query.insurance;

import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.insurance.Benefits;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.patient.PatientId;
import com.needlework.query.patient.ActivePlan;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which patients have benefits or a plan running out, and by when: the worklists the front desk
 * fills the schedule from. Pure, so it is tested without a database.
 */
final class BenefitWorklists {

  static final int MIN_DAYS = 1;
  static final int MAX_DAYS = 366;

  private static final Comparator<String> BY_NAME =
      Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

  private BenefitWorklists() {}

  /** Each patient with a coverage effective on the day, with the one that pays first. */
  static Map<PatientId, PatientBenefits> benefitsOn(
      LocalDate day,
      List<CoverageRecord> coverages,
      Map<CoverageId, CoverageActivity> activity,
      Map<CoverageId, List<Authorization>> authorizations,
      Map<PayerId, String> payerNames,
      Map<PatientId, String> patientNames) {
    return coverages.stream()
        .collect(Collectors.groupingBy(CoverageRecord::patientId))
        .values()
        .stream()
        .flatMap(patientCoverages -> Benefits.payingFirst(patientCoverages, day).stream())
        .map(
            coverage -> {
              CoverageActivity used =
                  activity.getOrDefault(coverage.coverageId(), CoverageActivity.NONE);
              return new PatientBenefits(
                  coverage.patientId(),
                  patientNames.get(coverage.patientId()),
                  payerNames.get(coverage.terms().payerId()),
                  PeriodStanding.of(coverage, used, day),
                  Benefits.expiringFirst(
                          used.authorizationUses(
                              authorizations.getOrDefault(coverage.coverageId(), List.of())),
                          day)
                      .orElse(null));
            })
        .collect(Collectors.toMap(PatientBenefits::patientId, Function.identity()));
  }

  /**
   * One entry per patient with an active plan whose nearest deadline falls within {@code within}
   * days of today, nearest first, then by name.
   */
  static List<DeadlineEntry> deadlines(
      List<ActivePlan> plans,
      Map<PatientId, PatientBenefits> benefits,
      LocalDate today,
      int within) {
    LocalDate horizon = today.plusDays(within);
    return plans.stream()
        .map(plan -> entry(plan, benefits.get(plan.patientId()), today))
        .filter(entry -> entry.nearestDeadline() != null)
        .filter(entry -> !entry.nearestDeadline().isAfter(horizon))
        .sorted(
            Comparator.comparing(DeadlineEntry::nearestDeadline)
                .thenComparing(DeadlineEntry::patientName, BY_NAME)
                .thenComparing(entry -> entry.patientId().toString()))
        .toList();
  }

  /** A plan's entry; {@code benefits} null for a self-pay patient. */
  private static DeadlineEntry entry(ActivePlan plan, PatientBenefits benefits, LocalDate today) {
    if (benefits == null) {
      return new DeadlineEntry(
          plan.patientId(),
          plan.name(),
          null,
          null,
          null,
          null,
          plan.sessionsLeft(),
          null,
          null,
          plan.certifiedUntil(),
          nearest(today, plan.certifiedUntil()));
    }
    PeriodStanding period = benefits.period();
    AuthorizationUse authorization = benefits.firstExpiring();
    LocalDate authorizationExpires =
        authorization == null ? null : authorization.authorization().valid().end();
    return new DeadlineEntry(
        plan.patientId(),
        plan.name(),
        benefits.payerName(),
        period.period().end(),
        period.visits().remaining(),
        period.bookedFromToday(),
        plan.sessionsLeft(),
        authorization == null ? null : authorization.visits().remaining(),
        authorizationExpires,
        plan.certifiedUntil(),
        nearest(today, period.period().end(), authorizationExpires, plan.certifiedUntil()));
  }

  /**
   * Patients whose current benefit period ends within {@code within} days of today with covered
   * visits neither used nor booked, the soonest reset first.
   */
  static List<UseBeforeReset> useBeforeReset(
      Collection<PatientBenefits> benefits, LocalDate today, int within) {
    LocalDate horizon = today.plusDays(within);
    return benefits.stream()
        .filter(b -> !b.period().period().end().isAfter(horizon))
        .filter(b -> b.period().unbooked() > 0)
        .map(
            b ->
                new UseBeforeReset(
                    b.patientId(),
                    b.patientName(),
                    b.payerName(),
                    b.period().period().end(),
                    b.period().unbooked()))
        .sorted(
            Comparator.comparing(UseBeforeReset::periodEnd)
                .thenComparing(UseBeforeReset::patientName, BY_NAME)
                .thenComparing(entry -> entry.patientId().toString()))
        .toList();
  }

  private static LocalDate nearest(LocalDate today, LocalDate... deadlines) {
    return Stream.of(deadlines)
        .filter(Objects::nonNull)
        .filter(deadline -> !deadline.isBefore(today))
        .min(Comparator.naturalOrder())
        .orElse(null);
  }
}
