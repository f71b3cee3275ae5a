package com.needlework.command.scheduling;

import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.MusclesNeedled;
import java.util.Set;

/** The main code a completed visit is billed as, which authorizations limited to codes name. */
final class BilledAs {

  private BilledAs() {}

  static Set<String> codesOf(CompleteVisitCommand completion) {
    if (completion.evaluation() != null) {
      return Set.of(completion.evaluation().complexity().cptCode());
    }
    if (completion.needling() != null) {
      return Set.of(
          completion.needling().muscles() == MusclesNeedled.ONE_OR_TWO ? "20560" : "20561");
    }
    return Set.of();
  }
}
