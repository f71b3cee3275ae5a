package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import java.time.Duration;

/**
 * The clinic's booking policy: how much notice the public must give, how far ahead the public and
 * the staff may book, the grid that slots start on, and when a cancellation counts as late.
 */
public record BookingRules(
    Duration minimumNotice,
    Duration publicHorizon,
    Duration staffHorizon,
    Duration slotStep,
    Duration lateCancellationWindow) {

  public static final BookingRules DEFAULT =
      new BookingRules(
          Duration.ofHours(2),
          Duration.ofDays(60),
          Duration.ofDays(366),
          Duration.ofMinutes(15),
          Duration.ofHours(24));

  public BookingRules {
    notNegative(minimumNotice, "minimum notice");
    positive(publicHorizon, "public booking horizon");
    positive(staffHorizon, "staff booking horizon");
    positive(slotStep, "slot step");
    notNegative(lateCancellationWindow, "late-cancellation window");
    if (slotStep.toMinutes() < 5 || slotStep.toSecondsPart() != 0) {
      throw Refusal.invalid("The slot step is a whole number of minutes, at least 5");
    }
  }

  private static void positive(Duration value, String what) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw Refusal.invalid("The " + what + " must be positive");
    }
  }

  private static void notNegative(Duration value, String what) {
    if (value == null || value.isNegative()) {
      throw Refusal.invalid("The " + what + " cannot be negative");
    }
  }
}
