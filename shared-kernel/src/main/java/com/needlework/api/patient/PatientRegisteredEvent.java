package com.needlework.api.patient;

import com.needlework.api.prospect.ProspectId;

public record PatientRegisteredEvent(
    PatientId patientId, PatientDetails details, ProspectId convertedFrom) {}
