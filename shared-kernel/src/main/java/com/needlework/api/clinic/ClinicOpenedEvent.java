package com.needlework.api.clinic;

import java.time.ZoneId;

public record ClinicOpenedEvent(
    ClinicId clinicId, String name, ZoneId zone, String state, BookingRules rules) {}
