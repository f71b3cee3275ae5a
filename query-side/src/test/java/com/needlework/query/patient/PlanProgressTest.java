package com.needlework.query.patient;

import static com.needlework.api.scheduling.VisitStatus.ARRIVED;
import static com.needlework.api.scheduling.VisitStatus.BOOKED;
import static com.needlework.api.scheduling.VisitStatus.CANCELLED;
import static com.needlework.api.scheduling.VisitStatus.FULFILLED;
import static com.needlework.api.scheduling.VisitStatus.NOSHOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

  private static final CareRecord NOT_EVALUATED = new CareRecord(null, null, 0, null, null, null);

  private static final LocalDate EVALUATED_ON = LocalDate.of(2026, 12, 1);
  private static final PlanOfCare SIX_SESSIONS = new PlanOfCare(6, 2, LocalDate.of(2027, 2, 28));

  private static CareRecord secondPlan(Screening screening, long screeningSequence) {
    return new CareRecord(
        EVALUATED_ON, EvaluationComplexity.MODERATE, 2, SIX_SESSIONS, screening, screeningSequence);
  }

  private static PatientVisit session(VisitStatus status, Integer planNumber) {
    return visit(VisitType.NEEDLING_SESSION, status, planNumber);
  }

  private static PatientVisit visit(VisitType type, VisitStatus status, Integer planNumber) {
    return new PatientVisit(
        VisitId.newId(),
        type,
        null,
        null,
        status,
        false,
        PractitionerId.newId(),
        "Maya",
        null,
        null,
        planNumber,
        null,
        CoverageStatus.SELF_PAY,
        null);
  }

  private static OverrideRecord override(long sequence, Contraindication contraindication) {
    return new OverrideRecord(
        sequence, contraindication, "Discussed with the obstetrician", "clinician", Instant.EPOCH);
  }

  @Test
  void countsTheCurrentPlansSessionsThatAreBookedUnderWayOrDone() {
    List<PatientVisit> visits =
        List.of(session(BOOKED, 2), session(ARRIVED, 2), session(FULFILLED, 2));
    assertThat(PlanProgress.sessionsUsed(2, visits)).isEqualTo(3);
  }

  @Test
  void givesCancelledSessionsAndNoShowsBackToThePlan() {
    List<PatientVisit> visits =
        List.of(session(CANCELLED, 2), session(NOSHOW, 2), session(FULFILLED, 2));
    assertThat(PlanProgress.sessionsUsed(2, visits)).isEqualTo(1);
  }

  @Test
  void countsNeitherEarlierPlansNorOtherVisitTypes() {
    List<PatientVisit> visits =
        List.of(
            session(FULFILLED, 1),
            visit(VisitType.EVALUATION, FULFILLED, null),
            visit(VisitType.DISCOVERY_CALL, FULFILLED, null),
            session(BOOKED, 2));
    assertThat(PlanProgress.sessionsUsed(2, visits)).isEqualTo(1);
  }

  @Test
  void leavesTheSessionsAllowedLessThoseUsed() {
    CareSnapshot snapshot =
        PlanProgress.snapshot(
            secondPlan(Screening.clear(), 5),
            List.of(session(FULFILLED, 2), session(BOOKED, 2)),
            List.of());
    assertThat(snapshot.sessionsCounted()).isEqualTo(2);
    assertThat(snapshot.sessionsLeft()).isEqualTo(4);
    assertThat(snapshot.planNumber()).isEqualTo(2);
    assertThat(snapshot.plan().certifiedUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void keepsAContraindicationOpenUntilItIsOverridden() {
    Screening pregnant = new Screening(Set.of(Contraindication.PREGNANCY), null);
    assertThat(PlanProgress.openContraindications(secondPlan(pregnant, 5), List.of()))
        .containsExactly(Contraindication.PREGNANCY);
    assertThat(
            PlanProgress.openContraindications(
                secondPlan(pregnant, 5), List.of(override(6, Contraindication.PREGNANCY))))
        .isEmpty();
  }

  @Test
  void ignoresAnOverrideRecordedBeforeTheCurrentScreening() {
    Screening pregnant = new Screening(Set.of(Contraindication.PREGNANCY), null);
    OverrideRecord beforeTheNewScreening = override(4, Contraindication.PREGNANCY);
    CareRecord screenedAgainAtSequence5 = secondPlan(pregnant, 5);
    assertThat(PlanProgress.inForce(beforeTheNewScreening, screenedAgainAtSequence5)).isFalse();
    assertThat(
            PlanProgress.openContraindications(
                screenedAgainAtSequence5, List.of(beforeTheNewScreening)))
        .containsExactly(Contraindication.PREGNANCY);
  }

  @Test
  void overridesOnlyTheContraindicationNamed() {
    Screening two =
        new Screening(Set.of(Contraindication.PREGNANCY, Contraindication.METAL_ALLERGY), null);
    assertThat(
            PlanProgress.openContraindications(
                secondPlan(two, 5), List.of(override(6, Contraindication.METAL_ALLERGY))))
        .containsExactly(Contraindication.PREGNANCY);
  }

  @Test
  void seesNothingToNeedleAgainstBeforeTheFirstEvaluation() {
    CareSnapshot snapshot = PlanProgress.snapshot(NOT_EVALUATED, List.of(), List.of());
    assertThat(snapshot.evaluatedOn()).isNull();
    assertThat(snapshot.plan()).isNull();
    assertThat(snapshot.sessionsLeft()).isZero();
    assertThat(snapshot.openContraindications()).isEmpty();
  }
}
