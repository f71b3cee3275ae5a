package com.needlework.api.insurance;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benefits rule, in one place: which of a patient's coverages pays for a visit on a day, and
 * whether it has a covered visit left for it. Booking, completion, the waitlist, the benefit
 * worklists and the coverage views all ask it. Pure, so it is tested without a database.
 *
 * <p>The coverage that pays first on a day is one effective that day, primary before secondary, and
 * of two primaries the newer (the later {@code effectiveFrom}): a new primary coverage replaces the
 * one it follows, also when the old one was never ended.
 */
public final class Benefits {

  private static final Comparator<RankedCoverage> PAYING_ORDER =
      Comparator.comparing((RankedCoverage c) -> c.priority() != CoveragePriority.PRIMARY)
          .thenComparing(RankedCoverage::effectiveFrom, Comparator.reverseOrder())
          .thenComparing(c -> c.coverageId().toString());

  private static final Comparator<AuthorizationUse> EXPIRING_FIRST =
      Comparator.comparing((AuthorizationUse a) -> a.authorization().valid().end())
          .thenComparing(a -> a.authorization().number());

  /** How a visit is paid, as the rule decides it. */
  public sealed interface Decision {}

  /** The coverage pays, in this period and (where it has authorizations) under this one. */
  public record Covered(VisitCoverage coverage) implements Decision {}

  /** The patient pays, and need not be asked: no coverage applies to the visit. */
  public record SelfPay(String reason) implements Decision {}

  /** The visit cannot be booked as it stands, whoever pays (an ABN missing). */
  public record Refused(BenefitRule rule, String reason) implements Decision {

    public Refusal refusal() {
      return Refusal.rule(rule, reason);
    }
  }

  /** The coverage would pay but has nothing left for the visit: the patient pays if they agree. */
  public record Uncovered(BenefitRule rule, String reason) implements Decision {

    public Refusal refusal() {
      return Refusal.rule(rule, reason);
    }
  }

  /** The coverage that pays for the visit, with what a payer's rules add to deciding. */
  public record PayingCoverage(
      String payerName, boolean needlingCovered, boolean medicare, CoverageStanding standing) {}

  /** The codes of dry needling itself. */
  public static final Set<String> NEEDLING_CODES = Set.of("20560", "20561");

  /** The codes of the treatment given with needling: e-stim, exercise, manual therapy. */
  public static final Set<String> THERAPY_CODES =
      Set.of("97014", "G0283", "97032", "97110", "97140");

  private static final Set<String> NEEDLING_SESSION_CODES =
      Stream.concat(NEEDLING_CODES.stream(), THERAPY_CODES.stream())
          .collect(Collectors.toUnmodifiableSet());

  private Benefits() {}

  /** The codes a visit of each type may be billed with, for authorizations limited to codes. */
  public static Set<String> codesOf(VisitType type) {
    return switch (type) {
      case EVALUATION -> Set.of("97161", "97162", "97163");
      case NEEDLING_SESSION -> NEEDLING_SESSION_CODES;
      case DISCOVERY_CALL -> Set.of();
    };
  }

  /** The order in which a patient's coverages effective on a day pay: the first pays. */
  public static Comparator<RankedCoverage> payingOrder() {
    return PAYING_ORDER;
  }

  /** Of the authorizations valid on the day, the one that expires first. */
  public static Optional<AuthorizationUse> expiringFirst(
      Collection<AuthorizationUse> authorizations, LocalDate day) {
    return authorizations.stream().filter(a -> a.validOn(day)).min(EXPIRING_FIRST);
  }

  /** Of a patient's coverages, the one that pays first on the day; empty when none is effective. */
  public static <C extends RankedCoverage> Optional<C> payingFirst(
      Collection<C> coverages, LocalDate day) {
    return coverages.stream().filter(c -> c.effectiveOn(day)).min(PAYING_ORDER);
  }

  /**
   * How a visit of the type on the date is paid. Who pays is decided per billed line: a needling
   * session with a payer that does not cover dry needling is still a covered visit (the payer pays
   * the e-stim, exercise and manual therapy, the patient the needling), and Medicare, which never
   * pays for needling by a PT, needs the patient's signed ABN first.
   *
   * @param paying the coverage that pays first on the date, or empty when none is effective
   * @param abnSignedOn the day the patient signed an ABN, or null when none is on file
   * @param current the visit's coverage before a move (its own place counts as free), or null
   */
  public static Decision decide(
      Optional<PayingCoverage> paying,
      VisitType type,
      LocalDate date,
      LocalDate abnSignedOn,
      VisitCoverage current) {
    if (paying.isEmpty()) {
      return new SelfPay("No coverage is effective on " + date);
    }
    PayingCoverage payer = paying.get();
    if (type != VisitType.NEEDLING_SESSION || payer.needlingCovered()) {
      return use(payer.standing(), codesOf(type), date, current);
    }
    if (payer.medicare() && (abnSignedOn == null || abnSignedOn.isAfter(date))) {
      return new Refused(
          BenefitRule.ABN_REQUIRED,
          payer.payerName()
              + " never pays for dry needling by a physical therapist: record the patient's"
              + " signed Advance Beneficiary Notice (ABN) before booking needling");
    }
    Decision therapy = use(payer.standing(), THERAPY_CODES, date, current);
    if (therapy instanceof Covered covered) {
      return new Covered(
          covered
              .coverage()
              .because(
                  payer.payerName()
                      + " does not cover dry needling: the patient pays for the needling, the"
                      + " payer for the treatment given with it"));
    }
    return therapy;
  }

  /**
   * Whether the coverage has a covered visit left for a visit billed with the codes on the date:
   * one in the benefit period and, when the coverage has authorizations, one under a valid
   * authorization that covers the codes (the one that expires first).
   *
   * @param current the visit's coverage before a move (its own place counts as free), or null
   */
  public static Decision use(
      CoverageStanding coverage, Set<String> codes, LocalDate date, VisitCoverage current) {
    CoveredVisits period =
        holdsOwnPlace(current, coverage) ? coverage.visits().withoutOneBooked() : coverage.visits();
    if (period.unreserved() == 0) {
      return new Uncovered(
          BenefitRule.BENEFIT_VISITS_EXHAUSTED,
          "All "
              + period.allowed()
              + " covered visits of the benefit period "
              + coverage.period().start()
              + " to "
              + coverage.period().end()
              + " are used or booked");
    }
    if (coverage.authorizations().isEmpty()) {
      return new Covered(
          VisitCoverage.covered(coverage.coverageId(), coverage.period().start(), null));
    }
    List<AuthorizationUse> valid =
        coverage.authorizations().stream()
            .filter(a -> a.covers(date, codes))
            .sorted(EXPIRING_FIRST)
            .toList();
    if (valid.isEmpty()) {
      return new Uncovered(
          BenefitRule.AUTHORIZATION_EXPIRED,
          "No authorization of the coverage is valid on " + date + " for this visit");
    }
    return valid.stream()
        .filter(a -> visitsOf(a, current).unreserved() > 0)
        .findFirst()
        .<Decision>map(
            a ->
                new Covered(
                    VisitCoverage.covered(
                        coverage.coverageId(),
                        coverage.period().start(),
                        a.authorization().authorizationId())))
        .orElseGet(
            () ->
                new Uncovered(
                    BenefitRule.AUTHORIZATION_EXHAUSTED,
                    "Authorization "
                        + valid.get(0).authorization().number()
                        + " has no visits left"));
  }

  private static boolean holdsOwnPlace(VisitCoverage current, CoverageStanding coverage) {
    return current != null
        && current.isCovered()
        && coverage.coverageId().equals(current.coverageId())
        && coverage.period().start().equals(current.periodStart());
  }

  private static CoveredVisits visitsOf(AuthorizationUse authorization, VisitCoverage current) {
    boolean ownPlace =
        current != null
            && authorization.authorization().authorizationId().equals(current.authorizationId());
    return ownPlace ? authorization.visits().withoutOneBooked() : authorization.visits();
  }
}
