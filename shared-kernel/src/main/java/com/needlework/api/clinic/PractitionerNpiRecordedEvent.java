package com.needlework.api.clinic;

/** The NPI a practitioner renders care under. */
public record PractitionerNpiRecordedEvent(PractitionerId practitionerId, Npi npi) {}
