package com.needlework.api.billing;

import static com.needlework.api.scheduling.ElectricalStimulation.ATTENDED;
import static com.needlework.api.scheduling.ElectricalStimulation.NONE;
import static com.needlework.api.scheduling.ElectricalStimulation.UNATTENDED;
import static com.needlework.api.scheduling.MusclesNeedled.ONE_OR_TWO;
import static com.needlework.api.scheduling.MusclesNeedled.THREE_OR_MORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.needlework.api.billing.ChargeCoding.CompletedVisit;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChargeCodingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final Diagnoses LOW_BACK =
      new Diagnoses(List.of(DiagnosisCode.parse("M54.50"), DiagnosisCode.parse("M79.18")));
  private static final PayerRules COMMERCIAL =
      new PayerRules(true, UnattendedEstimCode.CPT_97014, TimedCodeRule.CMS_8_MINUTE, false, null);
  private static final PayerRules NOT_NEEDLING =
      new PayerRules(false, UnattendedEstimCode.CPT_97014, TimedCodeRule.PER_CODE, false, null);
  private static final PayerRules MEDICARE =
      new PayerRules(false, null, TimedCodeRule.CMS_8_MINUTE, true, Money.of("2410.00"));
  private static final Prices PRICES =
      new Prices(
          Stream.of(
                  fee("97161", "150.00"),
                  fee("97162", "180.00"),
                  fee("97163", "210.00"),
                  fee("20560", "75.00"),
                  fee("20561", "95.00"),
                  fee("97014", "25.00"),
                  fee("G0283", "25.00"),
                  fee("97032", "30.00"),
                  fee("97110", "45.00"),
                  fee("97140", "45.00"))
              .toList());

  private static Fee fee(String code, String price) {
    return new Fee(new BillingCode(code), null, Money.of(price), LocalDate.of(2026, 1, 1));
  }

  private static NeedlingTreatment needling(
      MusclesNeedled muscles, ElectricalStimulation estim, int attended, int exercise, int manual) {
    return new NeedlingTreatment(muscles, estim, attended, exercise, manual);
  }

  private static CompletedVisit session(NeedlingTreatment treatment, PayerRules payer) {
    return session(treatment, payer, Money.ZERO);
  }

  private static CompletedVisit session(
      NeedlingTreatment treatment, PayerRules payer, Money billedThisYear) {
    return new CompletedVisit(
        VisitType.NEEDLING_SESSION, DAY, null, treatment, payer, LOW_BACK, billedThisYear);
  }

  private static Charges coded(NeedlingTreatment treatment, PayerRules payer) {
    return ChargeCoding.code(session(treatment, payer), PRICES);
  }

  private static List<String> lines(Charges charges) {
    return charges.lines().stream()
        .map(
            l ->
                l.code()
                    + l.modifiers().toString()
                    + " x"
                    + l.units()
                    + " "
                    + l.amount()
                    + " "
                    + l.payer())
        .toList();
  }

  @Test
  void anEvaluationIsCodedByItsComplexity() {
    for (EvaluationComplexity complexity : EvaluationComplexity.values()) {
      Charges charges =
          ChargeCoding.code(
              new CompletedVisit(
                  VisitType.EVALUATION, DAY, complexity, null, COMMERCIAL, LOW_BACK, null),
              PRICES);
      assertThat(charges.lines())
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.code().value()).isEqualTo(complexity.cptCode());
                assertThat(line.payer()).isEqualTo(ChargePayer.COVERED);
                assertThat(line.diagnosisPointers()).containsExactly(1, 2);
              });
    }
  }

  @Test
  void aDiscoveryCallBillsNothing() {
    assertThat(
            ChargeCoding.code(
                    new CompletedVisit(VisitType.DISCOVERY_CALL, DAY, null, null, null, null, null),
                    PRICES)
                .lines())
        .isEmpty();
  }

  /** The case (named by the test it was), the session, its payer and the lines it is coded as. */
  static Stream<Arguments> aSessionIsCodedAsItsLines() {
    return Stream.of(
        arguments(
            "oneOrTwoMusclesAre20560AndThreeOrMore20561NeverBoth: one or two",
            needling(ONE_OR_TWO, NONE, 0, 0, 0),
            COMMERCIAL,
            List.of("20560[GP] x1 75.00 COVERED")),
        arguments(
            "oneOrTwoMusclesAre20560AndThreeOrMore20561NeverBoth: three or more",
            needling(THREE_OR_MORE, NONE, 0, 0, 0),
            COMMERCIAL,
            List.of("20561[GP] x1 95.00 COVERED")),
        arguments(
            "medicareNeverPaysForNeedlingEvenIfItsRulesSayOtherwise",
            needling(ONE_OR_TWO, NONE, 0, 0, 0),
            new PayerRules(true, null, TimedCodeRule.CMS_8_MINUTE, true, null),
            List.of("20560[GP] x1 75.00 SELF_PAY")),
        arguments(
            "aWhollySelfPayVisitBillsEveryLineToThePatientByTheEightMinuteRule",
            needling(ONE_OR_TWO, UNATTENDED, 0, 7, 7),
            null,
            List.of(
                "20560[GP] x1 75.00 SELF_PAY",
                "97014[GP] x1 25.00 SELF_PAY",
                "97110[GP] x1 45.00 SELF_PAY")),
        arguments(
            "aPerCodePayerBillsOnlyCodesWithEightMinutesOfTheirOwn",
            needling(ONE_OR_TWO, NONE, 0, 7, 7),
            NOT_NEEDLING,
            List.of("20560[GP] x1 75.00 SELF_PAY")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void aSessionIsCodedAsItsLines(
      String testCase, NeedlingTreatment treatment, PayerRules payer, List<String> expected) {
    assertThat(lines(coded(treatment, payer))).containsExactlyElementsOf(expected);
  }

  @Test
  void aFullSessionBillsNeedlingThenEstimThenTheTimedCodesInOrder() {
    Charges charges = coded(needling(THREE_OR_MORE, ATTENDED, 15, 33, 7), COMMERCIAL);

    assertThat(lines(charges))
        .containsExactly(
            "20561[GP] x1 95.00 COVERED",
            "97032[GP] x1 30.00 COVERED",
            "97110[GP] x2 90.00 COVERED",
            "97140[GP] x1 45.00 COVERED");
    assertThat(charges.total()).isEqualTo(Money.of("260.00"));
  }

  @Test
  void unattendedEstimIs97014OrG0283AsThePayerSays() {
    NeedlingTreatment withEstim = needling(ONE_OR_TWO, UNATTENDED, 0, 0, 0);

    assertThat(lines(coded(withEstim, COMMERCIAL))).contains("97014[GP] x1 25.00 COVERED");
    assertThat(lines(coded(withEstim, MEDICARE))).contains("G0283[GP] x1 25.00 COVERED");
  }

  @Test
  void needlingIsThePatientsWhenThePayerDoesNotCoverItAndTheTherapyThePayers() {
    Charges charges = coded(needling(ONE_OR_TWO, NONE, 0, 33, 7), NOT_NEEDLING);

    assertThat(lines(charges))
        .containsExactly("20560[GP] x1 75.00 SELF_PAY", "97110[GP] x2 90.00 COVERED");
    assertThat(charges.selfPay()).isEqualTo(Money.of("75.00"));
    assertThat(charges.covered()).isEqualTo(Money.of("90.00"));
    assertThat(charges.coveredCodes()).containsExactly("97110");
  }

  @Test
  void kxMarksTheMedicareLineThatCrossesTheThresholdAndEveryLineAfterIt() {
    NeedlingTreatment treatment = needling(ONE_OR_TWO, UNATTENDED, 0, 30, 15);

    assertThat(lines(ChargeCoding.code(session(treatment, MEDICARE, Money.of("2300.00")), PRICES)))
        .containsExactly(
            "20560[GP] x1 75.00 SELF_PAY",
            "G0283[GP] x1 25.00 COVERED",
            "97110[GP, KX] x2 90.00 COVERED",
            "97140[GP, KX] x1 45.00 COVERED");
    assertThat(lines(ChargeCoding.code(session(treatment, MEDICARE, Money.of("2410.00")), PRICES)))
        .allSatisfy(
            line ->
                assertThat(line)
                    .satisfiesAnyOf(
                        l -> assertThat(l).contains("KX"),
                        l -> assertThat(l).contains("SELF_PAY")));
    assertThat(lines(ChargeCoding.code(session(treatment, MEDICARE, Money.ZERO), PRICES)))
        .noneMatch(line -> line.contains("KX"));
  }

  @Test
  void kxIsForMedicareOnly() {
    PayerRules commercialWithThreshold =
        new PayerRules(true, null, TimedCodeRule.CMS_8_MINUTE, false, Money.of("10.00"));

    assertThat(
            lines(
                ChargeCoding.code(
                    session(
                        needling(ONE_OR_TWO, NONE, 0, 30, 0),
                        commercialWithThreshold,
                        Money.of("5000.00")),
                    PRICES)))
        .noneMatch(line -> line.contains("KX"));
  }

  @Test
  void aLineIsPricedByTheFeeInEffectOnTheVisitsDay() {
    Prices raised =
        new Prices(
            Stream.concat(
                    PRICES.fees().stream(),
                    Stream.of(
                        new Fee(new BillingCode("20560"), null, Money.of("80.00"), DAY),
                        new Fee(
                            new BillingCode("20560"), null, Money.of("90.00"), DAY.plusDays(1))))
                .toList());

    assertThat(
            lines(
                ChargeCoding.code(
                    session(needling(ONE_OR_TWO, NONE, 0, 0, 0), COMMERCIAL), raised)))
        .containsExactly("20560[GP] x1 80.00 COVERED");
  }

  @Test
  void aCodeWithoutAFeeIsRefusedNamingTheRule() {
    Prices none = new Prices(List.of());

    assertThatThrownBy(
            () -> ChargeCoding.code(session(needling(ONE_OR_TWO, NONE, 0, 0, 0), COMMERCIAL), none))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> assertThat(refusal.breaks(BillingRule.NO_FEE_FOR_CODE)).isTrue());
  }

  @Test
  void linesPointToTheFirstFourDiagnosesAndToNoneWithoutAny() {
    Diagnoses five =
        new Diagnoses(
            Stream.of("M54.50", "M54.16", "M79.18", "M62.830", "M53.3")
                .map(DiagnosisCode::parse)
                .toList());
    CompletedVisit many =
        new CompletedVisit(
            VisitType.EVALUATION, DAY, EvaluationComplexity.LOW, null, COMMERCIAL, five, null);
    CompletedVisit none =
        new CompletedVisit(
            VisitType.EVALUATION, DAY, EvaluationComplexity.LOW, null, COMMERCIAL, null, null);

    assertThat(ChargeCoding.code(many, PRICES).lines().get(0).diagnosisPointers())
        .containsExactly(1, 2, 3, 4);
    assertThat(ChargeCoding.code(none, PRICES).lines().get(0).diagnosisPointers()).isEmpty();
  }
}
