package com.needlework.api.clinic;

/** Where a visit happens: by phone, or in a treatment room of the clinic. */
public enum VisitLocation {
  PHONE,
  TREATMENT_ROOM
}
