package com.needlework.api.clinic;

import com.needlework.api.common.TimeSlot;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ScheduleTimeOffCommand(
    @TargetAggregateIdentifier PractitionerId practitionerId,
    TimeOffId timeOffId,
    TimeSlot period,
    String reason) {}
