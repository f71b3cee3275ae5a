package com.needlework.api.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.TimeSlot;

/** A freed slot offered to a waiting patient. */
public record WaitlistOffer(TimeSlot slot, PractitionerId practitionerId, RoomId roomId) {}
