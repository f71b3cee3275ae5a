package com.needlework.bench;

import com.needlework.api.clinic.VisitType;
import java.util.random.RandomGenerator;

/** What becomes of a booked visit, drawn when it is booked, with rates per visit type. */
enum Fate {
  ATTENDED,
  CANCELLED_EARLY,
  CANCELLED_LATE,
  NO_SHOW,
  RESCHEDULED;

  static Fate draw(VisitType type, RandomGenerator random) {
    double[] rates =
        switch (type) {
          case DISCOVERY_CALL -> new double[] {0.84, 0.06, 0.03, 0.05, 0.02};
          case EVALUATION -> new double[] {0.87, 0.05, 0.03, 0.03, 0.02};
          case NEEDLING_SESSION -> new double[] {0.85, 0.05, 0.03, 0.03, 0.04};
        };
    double roll = random.nextDouble();
    for (Fate fate : values()) {
      roll -= rates[fate.ordinal()];
      if (roll < 0) {
        return fate;
      }
    }
    return ATTENDED;
  }
}
