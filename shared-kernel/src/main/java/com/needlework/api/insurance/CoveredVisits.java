package com.needlework.api.insurance;

import com.needlework.api.common.Refusal;

/**
 * The covered visits of one benefit period or one authorization: how many it allows, how many
 * completed visits used, and how many are booked ahead (reserved, not used yet).
 */
public record CoveredVisits(int allowed, int used, int booked) {

  public CoveredVisits {
    if (allowed < 0 || used < 0 || booked < 0) {
      throw Refusal.invalid("Covered visits are counted from zero");
    }
  }

  /** Not used yet: what the payer still owes, whatever is booked. */
  public int remaining() {
    return Math.max(0, allowed - used);
  }

  /** Neither used nor booked: how many more visits a booking may still take. */
  public int unreserved() {
    return Math.max(0, allowed - used - booked);
  }

  /** The same counts without one booked visit (the visit being moved holds its own place). */
  CoveredVisits withoutOneBooked() {
    return new CoveredVisits(allowed, used, Math.max(0, booked - 1));
  }
}
