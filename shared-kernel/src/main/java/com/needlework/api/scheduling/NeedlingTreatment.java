package com.needlework.api.scheduling;

import com.needlework.api.common.Refusal;

/** What was done in a needling session, as billing will code it. */
public record NeedlingTreatment(
    MusclesNeedled muscles,
    ElectricalStimulation electricalStimulation,
    int attendedStimulationMinutes,
    int exerciseMinutes,
    int manualTherapyMinutes) {

  private static final int MAX_MINUTES = 180;

  public NeedlingTreatment {
    if (muscles == null) {
      throw Refusal.invalid("Say how many muscles were needled: ONE_OR_TWO or THREE_OR_MORE");
    }
    electricalStimulation =
        electricalStimulation == null ? ElectricalStimulation.NONE : electricalStimulation;
    minutes(attendedStimulationMinutes, "attended stimulation");
    minutes(exerciseMinutes, "exercise");
    minutes(manualTherapyMinutes, "manual therapy");
    if ((electricalStimulation == ElectricalStimulation.ATTENDED)
        != (attendedStimulationMinutes > 0)) {
      throw Refusal.invalid(
          "Attended stimulation minutes are given exactly when the stimulation was ATTENDED");
    }
  }

  private static void minutes(int value, String what) {
    if (value < 0 || value > MAX_MINUTES) {
      throw Refusal.invalid("The " + what + " minutes must lie between 0 and " + MAX_MINUTES);
    }
  }
}
