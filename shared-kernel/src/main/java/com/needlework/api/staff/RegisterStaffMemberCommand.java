package com.needlework.api.staff;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a staff login. The password never travels in a message: it is stored aside. */
public record RegisterStaffMemberCommand(
    @TargetAggregateIdentifier StaffMemberId staffMemberId,
    String username,
    String displayName,
    Set<StaffRole> roles) {}
