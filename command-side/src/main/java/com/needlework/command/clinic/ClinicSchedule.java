package com.needlework.command.clinic;

import com.needlework.api.clinic.BookingRules;
import java.time.ZoneId;

/** The clinic's time zone, its US state (scope of practice) and booking rules. */
public record ClinicSchedule(ZoneId zone, String state, BookingRules rules) {}
