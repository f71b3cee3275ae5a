package com.needlework.command.scheduling;

/** The scheduling rules a booking can break; each name is the {@code rule} of a 422 answer. */
public enum SchedulingRule {
  CLINIC_NOT_OPEN,
  VISIT_TYPE_NOT_OFFERED,
  NOT_PUBLICLY_BOOKABLE,
  UNKNOWN_PRACTITIONER,
  UNKNOWN_ROOM,
  ROOM_REQUIRED,
  UNKNOWN_PATIENT,
  START_IN_PAST,
  TOO_SHORT_NOTICE,
  BEYOND_HORIZON,
  OUTSIDE_WORKING_HOURS,
  PRACTITIONER_TIME_OFF,
  NOT_A_SLOT_START,
  NOT_YET_DUE,
  NOT_ON_THE_DAY
}
