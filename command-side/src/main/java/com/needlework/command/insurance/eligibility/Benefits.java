package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The EB segments of a 271 and which of them answer each question about physical therapy. Where
 * several answer, the one for physical therapy by name wins over the plan as a whole, then in
 * network over unknown over out of network, then the individual over the family, then the first.
 */
record Benefits(List<Benefit> all) {

  private static final Set<String> PER_PERIOD = Set.of("21", "22", "23", "25");
  private static final String REMAINING = "29";
  private static final Comparator<Benefit> PREFERRED =
      Comparator.comparingInt((Benefit benefit) -> benefit.forPhysicalTherapy() ? 0 : 1)
          .thenComparingInt(Benefit::networkRank)
          .thenComparingInt(Benefit::coverageLevelRank);

  Benefits {
    all = List.copyOf(all);
  }

  Integer visitsAllowed() {
    return preferred(visitLimits().and(benefit -> PER_PERIOD.contains(benefit.timePeriod())))
        .map(Benefit::visits)
        .orElse(null);
  }

  Integer visitsRemaining() {
    return preferred(visitLimits().and(benefit -> benefit.timePeriod().equals(REMAINING)))
        .map(Benefit::visits)
        .orElse(null);
  }

  Money copay() {
    return preferred(costShare(Benefit.COPAYMENT).and(benefit -> benefit.amount() != null))
        .map(Benefit::amount)
        .orElse(null);
  }

  BigDecimal coinsurancePercent() {
    return preferred(costShare(Benefit.COINSURANCE).and(benefit -> benefit.fraction() != null))
        .map(benefit -> benefit.fraction().movePointRight(2))
        .orElse(null);
  }

  Money deductible() {
    return preferred(deductibleFor(PER_PERIOD::contains)).map(Benefit::amount).orElse(null);
  }

  Money deductibleRemaining() {
    return preferred(deductibleFor(REMAINING::equals)).map(Benefit::amount).orElse(null);
  }

  List<String> notCoveredCodes() {
    return procedureCodes(Benefit.NON_COVERED);
  }

  List<String> coveredCodes() {
    return procedureCodes(Benefit.ACTIVE_COVERAGE);
  }

  private static Predicate<Benefit> visitLimits() {
    return benefit ->
        benefit.is(Benefit.LIMITATIONS) && benefit.forPhysicalTherapy() && benefit.visits() != null;
  }

  private static Predicate<Benefit> costShare(String kind) {
    return benefit -> benefit.is(kind) && benefit.appliesToPhysicalTherapy();
  }

  private static Predicate<Benefit> deductibleFor(Predicate<String> timePeriod) {
    return costShare(Benefit.DEDUCTIBLE)
        .and(benefit -> benefit.amount() != null && timePeriod.test(benefit.timePeriod()));
  }

  private Optional<Benefit> preferred(Predicate<Benefit> answers) {
    return all.stream().filter(answers).min(PREFERRED);
  }

  private List<String> procedureCodes(String kind) {
    return all.stream()
        .filter(benefit -> benefit.is(kind) && benefit.procedureCode() != null)
        .map(Benefit::procedureCode)
        .distinct()
        .toList();
  }
}
