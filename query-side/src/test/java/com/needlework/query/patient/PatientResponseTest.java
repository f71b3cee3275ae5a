package com.needlework.query.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import com.needlework.query.patient.PatientResponse.ScreeningView;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatientResponseTest {

  private static final CareRecord NOT_EVALUATED = new CareRecord(null, null, 0, null, null, null);

  @Test
  void screeningViewHasAYesNoFieldForEveryContraindication() {
    List<String> components =
        Arrays.stream(ScreeningView.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    assertThat(components)
        .containsAll(
            Arrays.stream(Contraindication.values()).map(Contraindication::field).toList());
  }

  private static PatientRecord annSmith(CareRecord care) {
    return new PatientRecord(
        PatientId.newId(),
        "Ann Smith",
        LocalDate.of(1980, 4, 2),
        "+1 415 555 0100",
        "ann@example.com",
        null,
        care);
  }

  @Test
  void showsOverridesNewestFirstWithWhetherTheyAreStillInForce() {
    Screening metalAllergy = new Screening(Set.of(Contraindication.METAL_ALLERGY), "nickel");
    PatientRecord patient =
        annSmith(
            new CareRecord(
                LocalDate.of(2026, 12, 1),
                EvaluationComplexity.LOW,
                1,
                new PlanOfCare(6, 2, LocalDate.of(2027, 2, 28)),
                metalAllergy,
                5L));
    List<OverrideRecord> overrides =
        List.of(
            new OverrideRecord(
                3, Contraindication.METAL_ALLERGY, "old", "clinician", Instant.EPOCH),
            new OverrideRecord(
                7, Contraindication.METAL_ALLERGY, "titanium needles", "clinician", Instant.EPOCH));
    PatientResponse response =
        PatientResponse.of(patient, overrides, List.of(), ZoneId.of("America/Los_Angeles"));
    assertThat(response.care().overrides())
        .extracting(o -> o.reason() + " " + o.inForce())
        .containsExactly("titanium needles true", "old false");
    assertThat(response.care().openContraindications()).isEmpty();
    assertThat(response.care().screening().metalAllergy()).isTrue();
    assertThat(response.care().screening().pregnancy()).isFalse();
    assertThat(response.care().sessionsLeft()).isEqualTo(6);
    assertThat(response.care().certifiedUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void neverShowsPersonalDataInItsTextForm() {
    PatientRecord patient = annSmith(NOT_EVALUATED);
    PatientResponse response =
        PatientResponse.of(patient, List.of(), List.of(), ZoneId.of("America/Los_Angeles"));
    assertThat(response.toString()).doesNotContain("Ann", "555", "example.com", "1980");
    assertThat(patient.toString()).doesNotContain("Ann", "555", "example.com", "1980");
  }
}
