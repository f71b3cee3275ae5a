package com.needlework.api.patient;

import com.needlework.api.prospect.ProspectId;

public record ProspectConvertedEvent(ProspectId prospectId, PatientId patientId) {}
