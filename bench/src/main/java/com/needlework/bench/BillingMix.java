package com.needlework.bench;

import com.needlework.api.common.Money;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * The billing benchmark's random choices: how each patient's session is paid for, what was done in
 * it, and what the patient pays at the desk afterwards. Pure: the same seed draws the same day.
 */
final class BillingMix {

  /** Who pays for a session: the patient, or one of the demo payers with a copay. */
  enum Funding {
    /** No coverage: every line is the patient's. */
    SELF_PAY(null, null),
    /** Covers needling; a $25 copay. */
    PACIFIC_WELLNESS("Pacific Wellness Plan", "25.00"),
    /**
     * Does not cover needling (the patient pays those lines, acknowledged at booking); $30 copay.
     */
    BLUE_HORIZON("Blue Horizon PPO", "30.00");

    final String payerName;
    final Money copay;

    Funding(String payerName, String copay) {
      this.payerName = payerName;
      this.copay = copay == null ? null : Money.of(copay);
    }

    boolean covered() {
      return payerName != null;
    }
  }

  /** What a patient pays at the desk, against what they owe. */
  enum Paying {
    IN_FULL,
    PART,
    MORE
  }

  static final double SELF_PAY = 0.4;
  static final double PACIFIC_WELLNESS = 0.4;
  static final double THREE_OR_MORE_MUSCLES = 0.55;
  static final double UNATTENDED_STIMULATION = 0.25;
  static final double ATTENDED_STIMULATION = 0.25;
  static final double NO_EXERCISE = 0.2;
  static final double NO_MANUAL_THERAPY = 0.4;
  static final double PAYS_IN_FULL = 0.7;
  static final double PAYS_PART = 0.15;
  static final Money EXTRA = Money.of("20.00");
  static final Money PREPAYMENT = Money.of("10.00");

  private final RandomGenerator random;

  BillingMix(RandomGenerator random) {
    this.random = random;
  }

  Funding funding() {
    double roll = random.nextDouble();
    return roll < SELF_PAY
        ? Funding.SELF_PAY
        : roll < SELF_PAY + PACIFIC_WELLNESS ? Funding.PACIFIC_WELLNESS : Funding.BLUE_HORIZON;
  }

  /**
   * A session as clinicians record it: one or two muscles or more; no, unattended or attended (8 to
   * 22 minutes) e-stim; 8 to 30 minutes of exercise most of the time; 5 to 25 of manual therapy
   * more often than not. Always a treatment the application accepts.
   */
  NeedlingTreatment treatment() {
    MusclesNeedled muscles =
        random.nextDouble() < THREE_OR_MORE_MUSCLES
            ? MusclesNeedled.THREE_OR_MORE
            : MusclesNeedled.ONE_OR_TWO;
    double stimulation = random.nextDouble();
    ElectricalStimulation estim =
        stimulation < UNATTENDED_STIMULATION
            ? ElectricalStimulation.UNATTENDED
            : stimulation < UNATTENDED_STIMULATION + ATTENDED_STIMULATION
                ? ElectricalStimulation.ATTENDED
                : ElectricalStimulation.NONE;
    int attended = estim == ElectricalStimulation.ATTENDED ? 8 + random.nextInt(15) : 0;
    int exercise = random.nextDouble() < NO_EXERCISE ? 0 : 8 + random.nextInt(23);
    int manual = random.nextDouble() < NO_MANUAL_THERAPY ? 0 : 5 + random.nextInt(21);
    return new NeedlingTreatment(muscles, estim, attended, exercise, manual);
  }

  Paying paying() {
    double roll = random.nextDouble();
    return roll < PAYS_IN_FULL
        ? Paying.IN_FULL
        : roll < PAYS_IN_FULL + PAYS_PART ? Paying.PART : Paying.MORE;
  }

  /**
   * What a patient who owes {@code owed} pays: all of it, half of it (rounded down to the cent, at
   * least a cent) or $20 more (a credit on the account); one who owes nothing leaves a $10
   * prepayment. Never zero or less.
   */
  static Money payment(Money owed, Paying paying) {
    if (owed.compareTo(Money.ZERO) <= 0) {
      return PREPAYMENT;
    }
    return switch (paying) {
      case IN_FULL -> owed;
      case PART -> {
        BigDecimal half = owed.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        yield new Money(half.max(new BigDecimal("0.01")));
      }
      case MORE -> owed.plus(EXTRA);
    };
  }
}
