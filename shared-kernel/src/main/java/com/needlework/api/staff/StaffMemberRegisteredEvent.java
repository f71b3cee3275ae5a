package com.needlework.api.staff;

import java.util.Set;

public record StaffMemberRegisteredEvent(
    StaffMemberId staffMemberId, String username, String displayName, Set<StaffRole> roles) {}
