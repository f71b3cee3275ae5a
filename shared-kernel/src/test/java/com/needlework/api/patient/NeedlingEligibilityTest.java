package com.needlework.api.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.DryNeedlingCredential;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedlingEligibilityTest {

  private static final LocalDate EVALUATED = LocalDate.of(2026, 11, 2);
  private static final LocalDate SESSION = LocalDate.of(2026, 11, 30);
  private static final List<DryNeedlingCredential> CALIFORNIA =
      List.of(new DryNeedlingCredential("CA", LocalDate.of(2027, 1, 31)));

  private static CareSnapshot care(int allowed, int counted, Contraindication... open) {
    return new CareSnapshot(
        EVALUATED, 1, new PlanOfCare(allowed, 2, EVALUATED.plusDays(60)), counted, Set.of(open));
  }

  private static Optional<NeedlingRule> rule(
      CareSnapshot care, List<DryNeedlingCredential> credentials, boolean alreadyCounted) {
    return NeedlingEligibility.check(care, credentials, "CA", SESSION, alreadyCounted)
        .map(NeedlingEligibility.Ineligible::rule);
  }

  @Test
  void allowsAnEvaluatedPatientWithSessionsLeftAndACredentialedPractitioner() {
    assertThat(rule(care(6, 5), CALIFORNIA, false)).isEmpty();
  }

  @Test
  void checksTheRulesInTheirOrder() {
    CareSnapshot everythingWrong =
        new CareSnapshot(null, 0, null, 0, Set.of(Contraindication.PREGNANCY));
    assertThat(rule(everythingWrong, List.of(), false)).contains(NeedlingRule.EVALUATION_REQUIRED);
    assertThat(rule(care(2, 2, Contraindication.PREGNANCY), List.of(), false))
        .contains(NeedlingRule.PLAN_OF_CARE_EXHAUSTED);
    assertThat(rule(care(2, 1, Contraindication.PREGNANCY), List.of(), false))
        .contains(NeedlingRule.CONTRAINDICATION_OPEN);
    assertThat(rule(care(2, 1), List.of(), false))
        .contains(NeedlingRule.PRACTITIONER_NOT_CREDENTIALED);
  }

  @Test
  void aSessionBeforeTheEvaluationNeedsTheEvaluationFirst() {
    assertThat(
            NeedlingEligibility.check(care(6, 0), CALIFORNIA, "CA", EVALUATED.minusDays(1), false)
                .map(NeedlingEligibility.Ineligible::rule))
        .contains(NeedlingRule.EVALUATION_REQUIRED);
  }

  @Test
  void theCertifiedDayIsTheLastDayAllowed() {
    LocalDate lastDay = EVALUATED.plusDays(60);
    assertThat(NeedlingEligibility.check(care(6, 0), CALIFORNIA, "CA", lastDay, false)).isEmpty();
    assertThat(
            NeedlingEligibility.check(care(6, 0), CALIFORNIA, "CA", lastDay.plusDays(1), false)
                .map(NeedlingEligibility.Ineligible::rule))
        .contains(NeedlingRule.PLAN_OF_CARE_EXPIRED);
  }

  @Test
  void aSessionAlreadyCountedMayMoveEvenWhenThePlanIsFull() {
    assertThat(rule(care(6, 6), CALIFORNIA, true)).isEmpty();
    assertThat(rule(care(6, 6), CALIFORNIA, false)).contains(NeedlingRule.PLAN_OF_CARE_EXHAUSTED);
  }

  @Test
  void aCredentialInAnotherStateDoesNotCount() {
    assertThat(
            rule(
                care(6, 0),
                List.of(new DryNeedlingCredential("NV", LocalDate.of(2030, 1, 1))),
                false))
        .contains(NeedlingRule.PRACTITIONER_NOT_CREDENTIALED);
  }
}
