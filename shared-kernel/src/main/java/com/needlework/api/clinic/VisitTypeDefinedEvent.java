package com.needlework.api.clinic;

public record VisitTypeDefinedEvent(ClinicId clinicId, VisitTypeSettings settings) {}
