package com.needlework.query.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BenefitAlertTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  @Test
  void saysHowManyCoveredVisitsWereLostAtTheReset() {
    assertThat(BenefitAlert.message(AlertKind.BENEFIT_PERIOD_ENDED, DAY, 3, null))
        .isEqualTo(
            "3 covered visits were lost at the reset: the benefit period ended on 2026-12-31");
    assertThat(BenefitAlert.message(AlertKind.BENEFIT_PERIOD_ENDED, DAY, 1, null))
        .isEqualTo("1 covered visit was lost at the reset: the benefit period ended on 2026-12-31");
    assertThat(BenefitAlert.message(AlertKind.BENEFIT_PERIOD_ENDED, DAY, 0, null))
        .isEqualTo(
            "No covered visits were lost at the reset: the benefit period ended on 2026-12-31");
  }

  @Test
  void namesTheAuthorizationAboutToExpireWhenItsNumberIsKnown() {
    assertThat(BenefitAlert.message(AlertKind.AUTHORIZATION_EXPIRING, DAY, 4, "AUTH-7"))
        .isEqualTo(
            "Authorization AUTH-7 expires on 2026-12-31 with 4 visits left:"
                + " book them or ask the payer to extend it");
    assertThat(BenefitAlert.message(AlertKind.AUTHORIZATION_EXPIRING, DAY, 1, null))
        .isEqualTo(
            "An authorization expires on 2026-12-31 with 1 visit left:"
                + " book it or ask the payer to extend it");
  }

  @Test
  void saysWhatAnExpiredAuthorizationLeftUnused() {
    assertThat(BenefitAlert.message(AlertKind.AUTHORIZATION_EXPIRED, DAY, 2, "AUTH-7"))
        .isEqualTo("Authorization AUTH-7 expired on 2026-12-31 with 2 visits unused");
    assertThat(BenefitAlert.message(AlertKind.AUTHORIZATION_EXPIRED, DAY, 0, "AUTH-7"))
        .isEqualTo("Authorization AUTH-7 expired on 2026-12-31 with every visit used");
  }

  @Test
  void asksToReEvaluateAPlanOfCareEndingSoon() {
    assertThat(BenefitAlert.message(AlertKind.PLAN_OF_CARE_ENDING_SOON, DAY, 5, null))
        .isEqualTo(
            "The plan of care is certified until 2026-12-31 with 5 sessions left:"
                + " re-evaluate or recertify");
  }
}
