package com.needlework.api.scheduling;

import java.time.Instant;

public record VisitCheckedInEvent(VisitId visitId, Instant checkedInAt) {}
