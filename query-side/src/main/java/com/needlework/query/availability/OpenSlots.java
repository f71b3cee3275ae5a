package com.needlework.query.availability;

import java.time.ZoneId;
import java.util.List;

/** The open slots a search found, with the clinic's zone they are shown in. */
public record OpenSlots(ZoneId zone, List<AvailableSlot> slots) {}
