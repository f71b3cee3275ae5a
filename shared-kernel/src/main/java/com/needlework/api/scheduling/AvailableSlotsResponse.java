package com.needlework.api.scheduling;

import java.time.ZoneId;
import java.util.List;

public record AvailableSlotsResponse(ZoneId zone, List<AvailableSlot> slots) {}
