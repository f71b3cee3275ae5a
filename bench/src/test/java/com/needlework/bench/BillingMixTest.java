package com.needlework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.Money;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BillingMixTest {

  private static List<NeedlingTreatment> treatments(long seed, int count) {
    BillingMix mix = new BillingMix(new Random(seed));
    List<NeedlingTreatment> drawn = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      drawn.add(mix.treatment());
    }
    return drawn;
  }

  @Test
  void theSameSeedDrawsTheSameDay() {
    assertThat(treatments(7, 200)).isEqualTo(treatments(7, 200));
    assertThat(treatments(7, 200)).isNotEqualTo(treatments(8, 200));
  }

  @Test
  void drawsEveryKindOfSessionWithinTheLimits() {
    List<NeedlingTreatment> drawn = treatments(1, 1000);

    Set<MusclesNeedled> muscles = EnumSet.noneOf(MusclesNeedled.class);
    Set<ElectricalStimulation> stimulation = EnumSet.noneOf(ElectricalStimulation.class);
    drawn.forEach(
        t -> {
          muscles.add(t.muscles());
          stimulation.add(t.electricalStimulation());
        });
    assertThat(muscles).containsExactlyInAnyOrder(MusclesNeedled.values());
    assertThat(stimulation).containsExactlyInAnyOrder(ElectricalStimulation.values());
    assertThat(drawn)
        .allSatisfy(
            t -> {
              assertThat(t.attendedStimulationMinutes() > 0)
                  .isEqualTo(t.electricalStimulation() == ElectricalStimulation.ATTENDED);
              assertThat(t.attendedStimulationMinutes()).isBetween(0, 22);
              assertThat(t.exerciseMinutes() == 0 || t.exerciseMinutes() >= 8).isTrue();
              assertThat(t.exerciseMinutes()).isBetween(0, 30);
              assertThat(t.manualTherapyMinutes() == 0 || t.manualTherapyMinutes() >= 5).isTrue();
              assertThat(t.manualTherapyMinutes()).isBetween(0, 25);
            });
    assertThat(drawn).anyMatch(t -> t.exerciseMinutes() == 0);
    assertThat(drawn).anyMatch(t -> t.manualTherapyMinutes() == 0);
    assertThat(drawn).anyMatch(t -> t.exerciseMinutes() > 0 && t.manualTherapyMinutes() > 0);
  }

  @Test
  void fundsSessionsBySelfPayAndBothCopayPlans() {
    BillingMix mix = new BillingMix(new Random(3));
    Set<BillingMix.Funding> seen = EnumSet.noneOf(BillingMix.Funding.class);
    for (int i = 0; i < 200; i++) {
      seen.add(mix.funding());
    }

    assertThat(seen).containsExactlyInAnyOrder(BillingMix.Funding.values());
    assertThat(BillingMix.Funding.SELF_PAY.covered()).isFalse();
    assertThat(BillingMix.Funding.PACIFIC_WELLNESS.copay).isEqualTo(Money.of("25.00"));
  }

  @Test
  void paysInFullHalfOrMoreAndAPrepaymentWhenNothingIsOwed() {
    Money owed = Money.of("125.25");

    assertThat(BillingMix.payment(owed, BillingMix.Paying.IN_FULL)).isEqualTo(owed);
    assertThat(BillingMix.payment(owed, BillingMix.Paying.PART)).isEqualTo(Money.of("62.62"));
    assertThat(BillingMix.payment(owed, BillingMix.Paying.MORE)).isEqualTo(Money.of("145.25"));
    assertThat(BillingMix.payment(Money.of("0.01"), BillingMix.Paying.PART))
        .isEqualTo(Money.of("0.01"));
    assertThat(BillingMix.payment(Money.ZERO, BillingMix.Paying.IN_FULL))
        .isEqualTo(BillingMix.PREPAYMENT);
  }
}
