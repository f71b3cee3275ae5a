package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.scheduling.VisitId;

public record BookedDiscoveryCall(
    VisitId visitId, ProspectId prospectId, PractitionerId practitionerId) {}
