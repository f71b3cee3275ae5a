package com.needlework.api.clinic;

public record PractitionerRegisteredEvent(
    PractitionerId practitionerId, String name, WeeklyHours hours) {}
