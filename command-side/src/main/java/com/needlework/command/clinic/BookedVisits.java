package com.needlework.command.clinic;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.common.TimeSlot;

/** What time off needs to know of the visits booked with a practitioner. */
public interface BookedVisits {

  /** How many visits of the practitioner overlap the period. */
  long visitsOverlapping(PractitionerId practitionerId, TimeSlot period);
}
