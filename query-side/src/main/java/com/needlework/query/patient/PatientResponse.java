package com.needlework.query.patient;

import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import com.needlework.api.prospect.ProspectId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** A patient's details, current care with plan progress, and visits (newest first). PHI. */
record PatientResponse(
    PatientId patientId,
    String name,
    LocalDate dateOfBirth,
    String phone,
    String email,
    ProspectId convertedFrom,
    Care care,
    List<PatientVisit> visits) {

  /**
   * The current plan of care and what the needling rules see; {@code planNumber} 0 and nulls before
   * the first evaluation.
   */
  record Care(
      LocalDate evaluatedOn,
      EvaluationComplexity complexity,
      int planNumber,
      PlanOfCare planOfCare,
      int sessionsUsed,
      int sessionsLeft,
      LocalDate certifiedUntil,
      ScreeningView screening,
      List<OverrideView> overrides,
      List<Contraindication> openContraindications) {}

  /** The screening in the shape the screening form uses: one yes/no field per contraindication. */
  record ScreeningView(
      boolean pregnancy,
      boolean bleedingDisorderOrAnticoagulants,
      boolean compromisedImmunity,
      boolean skinInfectionAtSite,
      boolean metalAllergy,
      boolean uncontrolledDiabetes,
      String notes) {

    static ScreeningView of(Screening screening) {
      return screening == null
          ? null
          : new ScreeningView(
              screening.present().contains(Contraindication.PREGNANCY),
              screening.present().contains(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS),
              screening.present().contains(Contraindication.COMPROMISED_IMMUNITY),
              screening.present().contains(Contraindication.SKIN_INFECTION_AT_SITE),
              screening.present().contains(Contraindication.METAL_ALLERGY),
              screening.present().contains(Contraindication.UNCONTROLLED_DIABETES),
              screening.notes());
    }

    @Override
    public String toString() {
      return "ScreeningView[redacted]";
    }
  }

  /**
   * Who overrode which contraindication, why and when; {@code inForce} until the next screening.
   */
  record OverrideView(
      Contraindication contraindication,
      String reason,
      String clinician,
      OffsetDateTime overriddenAt,
      boolean inForce) {

    @Override
    public String toString() {
      return "OverrideView[contraindication=%s, inForce=%s]".formatted(contraindication, inForce);
    }
  }

  static PatientResponse of(
      PatientRecord patient,
      List<OverrideRecord> overrides,
      List<PatientVisit> visits,
      ZoneId zone) {
    CareRecord care = patient.care();
    CareSnapshot progress = PlanProgress.snapshot(care, visits, overrides);
    return new PatientResponse(
        patient.patientId(),
        patient.name(),
        patient.dateOfBirth(),
        patient.phone(),
        patient.email(),
        patient.convertedFrom(),
        new Care(
            care.evaluatedOn(),
            care.complexity(),
            care.planNumber(),
            care.plan(),
            progress.sessionsCounted(),
            progress.sessionsLeft(),
            care.plan() == null ? null : care.plan().certifiedUntil(),
            ScreeningView.of(care.screening()),
            overrides.stream()
                .sorted(Comparator.comparingLong(OverrideRecord::sequence).reversed())
                .map(
                    o ->
                        new OverrideView(
                            o.contraindication(),
                            o.reason(),
                            o.clinician(),
                            o.overriddenAt().atZone(zone).toOffsetDateTime(),
                            PlanProgress.inForce(o, care)))
                .toList(),
            progress.openContraindications().stream().sorted().toList()),
        visits);
  }

  @Override
  public String toString() {
    return "PatientResponse[patientId=%s]".formatted(patientId);
  }
}
