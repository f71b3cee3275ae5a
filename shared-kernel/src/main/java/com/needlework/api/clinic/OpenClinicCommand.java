package com.needlework.api.clinic;

import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the clinic: its name, time zone, US state (for scope of practice) and booking rules. */
public record OpenClinicCommand(
    @TargetAggregateIdentifier ClinicId clinicId,
    String name,
    ZoneId zone,
    String state,
    BookingRules rules) {}
