package com.needlework.api.clinic;

public record CredentialRecordedEvent(
    PractitionerId practitionerId, DryNeedlingCredential credential) {}
