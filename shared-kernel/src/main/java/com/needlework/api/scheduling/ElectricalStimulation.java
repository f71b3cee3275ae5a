package com.needlework.api.scheduling;

/** Electrical stimulation through the needles: none, unattended (97014/G0283), attended (97032). */
public enum ElectricalStimulation {
  NONE,
  UNATTENDED,
  ATTENDED
}
