package com.needlework.api.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.insurance.TimedCodeRule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimedUnitsTest {

  private static final BillingCode ESTIM = new BillingCode("97032");
  private static final BillingCode EXERCISE = new BillingCode("97110");
  private static final BillingCode MANUAL = new BillingCode("97140");

  private static Map<BillingCode, Integer> minutes(int estim, int exercise, int manual) {
    Map<BillingCode, Integer> minutes = new LinkedHashMap<>();
    minutes.put(MANUAL, manual);
    minutes.put(EXERCISE, exercise);
    minutes.put(ESTIM, estim);
    return minutes;
  }

  @ParameterizedTest(name = "{0} minutes are {1} units")
  @CsvSource({
    "0, 0", "7, 0", "8, 1", "15, 1", "22, 1", "23, 2", "37, 2", "38, 3", "52, 3", "53, 4", "67, 4",
    "68, 5", "180, 12"
  })
  void theEightMinuteTable(int minutes, int units) {
    assertThat(TimedUnits.table(minutes)).isEqualTo(units);
  }

  /** Units of exercise then of manual therapy, in that order. */
  private static Map<BillingCode, Integer> exerciseAndManual(int exercise, int manual) {
    Map<BillingCode, Integer> units = new LinkedHashMap<>();
    units.put(EXERCISE, exercise);
    units.put(MANUAL, manual);
    return units;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "exerciseThirtyThreeAndManualSevenAreThreeUnitsUnderCmsAndTwoCodeByCode, 33, 7, 2, 1, 2, 0",
    "sevenAndSevenMinutesAreOneUnitToTheFirstCodeUnderCmsAndNoneCodeByCode, 7, 7, 1, 0, 0, 0"
  })
  void exerciseAndManualUnderCmsAndCodeByCode(
      String testCase,
      int exerciseMinutes,
      int manualMinutes,
      int exerciseUnitsUnderCms,
      int manualUnitsUnderCms,
      int exerciseUnitsCodeByCode,
      int manualUnitsCodeByCode) {
    Map<BillingCode, Integer> minutes = minutes(0, exerciseMinutes, manualMinutes);
    assertThat(TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes))
        .containsExactlyEntriesOf(exerciseAndManual(exerciseUnitsUnderCms, manualUnitsUnderCms));
    assertThat(TimedUnits.units(TimedCodeRule.PER_CODE, minutes))
        .containsExactlyEntriesOf(
            exerciseAndManual(exerciseUnitsCodeByCode, manualUnitsCodeByCode));
  }

  @Test
  void theUnitsLeftGoToTheCodesWithTheMostMinutesLeftOver() {
    // 97032 10 + 97110 20 (5 over) + 97140 14 = 44 minutes = 3 units: 97110 1 whole, then 97140
    // (14 over) and 97032 (10 over).
    assertThat(TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes(10, 20, 14)))
        .containsExactly(Map.entry(ESTIM, 1), Map.entry(EXERCISE, 1), Map.entry(MANUAL, 1));
    // 97110 8 + 97140 6 = 14 minutes = 1 unit, to the code with 8 minutes.
    assertThat(TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes(0, 6, 8)))
        .containsExactly(Map.entry(EXERCISE, 0), Map.entry(MANUAL, 1));
  }

  @Test
  void threeCodesUnderEightMinutesEachAddUpToUnitsUnderCmsButNoneCodeByCode() {
    assertThat(TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes(7, 7, 7)))
        .containsExactly(Map.entry(ESTIM, 1), Map.entry(EXERCISE, 0), Map.entry(MANUAL, 0));
    assertThat(TimedUnits.units(TimedCodeRule.PER_CODE, minutes(7, 7, 7)).values()).containsOnly(0);
  }

  @Test
  void codesWithoutMinutesAreLeftOut() {
    assertThat(TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes(0, 0, 0))).isEmpty();
    assertThat(TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes(0, 45, 0)))
        .containsExactly(Map.entry(EXERCISE, 3));
  }

  @Test
  void underCmsTheUnitsAlwaysAddUpToTheTableOfTheTotalMinutes() {
    for (int estim = 0; estim <= 40; estim += 3) {
      for (int exercise = 0; exercise <= 40; exercise += 2) {
        for (int manual = 0; manual <= 40; manual++) {
          int units =
              TimedUnits.units(TimedCodeRule.CMS_8_MINUTE, minutes(estim, exercise, manual))
                  .values()
                  .stream()
                  .mapToInt(Integer::intValue)
                  .sum();
          assertThat(units)
              .as("%d + %d + %d minutes", estim, exercise, manual)
              .isEqualTo(TimedUnits.table(estim + exercise + manual));
        }
      }
    }
  }
}
