package com.needlework.api.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.needlework.api.common.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosesTest {

  @ParameterizedTest
  @ValueSource(strings = {"M54.50", "m54.5", "M79.18", "M62.830", "S39.012A", "M53.3", "G89"})
  void acceptsIcd10CmCodes(String code) {
    assertThat(DiagnosisCode.parse(code).value()).isEqualTo(code.toUpperCase());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "M5", "54.50", "U07.1", "M54.", "M54.50000", "M54-50", "M54.5\u0000"})
  void refusesWhatIsNotAnIcd10CmCode(String code) {
    assertThatThrownBy(() -> DiagnosisCode.parse(code))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> assertThat(refusal.properties()).containsEntry("field", "diagnoses"));
  }

  @Test
  void eachDiagnosisOnceAndAtMostTwelve() {
    DiagnosisCode pain = DiagnosisCode.parse("M54.50");
    assertThatThrownBy(() -> new Diagnoses(List.of(pain, DiagnosisCode.parse("m54.50"))))
        .isInstanceOf(Refusal.class);
    assertThat(CommonDiagnoses.nameOf(pain)).contains("Low back pain, unspecified");
    assertThat(CommonDiagnoses.nameOf(DiagnosisCode.parse("G89"))).isEmpty();
  }
}
