package com.needlework.command.scheduling;

import com.needlework.api.common.TimeSlot;
import java.time.Duration;

/** Where a visit the rules accepted sits, and how long after it the practitioner stays blocked. */
record PlacedVisit(TimeSlot slot, Duration bufferAfter) {}
