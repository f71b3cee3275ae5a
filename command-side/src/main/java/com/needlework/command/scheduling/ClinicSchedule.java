package com.needlework.command.scheduling;

import com.needlework.api.clinic.BookingRules;
import java.time.ZoneId;

/** The clinic's time zone and booking rules. */
public record ClinicSchedule(ZoneId zone, BookingRules rules) {}
