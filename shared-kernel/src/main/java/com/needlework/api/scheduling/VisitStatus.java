package com.needlework.api.scheduling;

/** A visit's state, in the FHIR Appointment vocabulary. */
public enum VisitStatus {
  BOOKED,
  ARRIVED,
  FULFILLED,
  CANCELLED,
  NOSHOW
}
