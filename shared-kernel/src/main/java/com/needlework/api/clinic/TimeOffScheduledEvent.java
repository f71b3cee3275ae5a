package com.needlework.api.clinic;

import com.needlework.api.common.TimeSlot;

public record TimeOffScheduledEvent(
    PractitionerId practitionerId, TimeOffId timeOffId, TimeSlot period, String reason) {}
