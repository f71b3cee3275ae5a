package com.needlework.command.staff;

import com.needlework.api.common.Refusal;
import com.needlework.api.staff.RegisterStaffMemberCommand;
import com.needlework.api.staff.StaffMemberId;
import com.needlework.api.staff.StaffMemberRegisteredEvent;
import com.needlework.api.staff.StaffRole;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  private final StaffMemberId id = StaffMemberId.newId();
  private final AggregateTestFixture<StaffMember> fixture =
      new AggregateTestFixture<>(StaffMember.class);

  @Test
  void registersAStaffMemberWithRolesAndNoPassword() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterStaffMemberCommand(
                id, "frontdesk", "Front Desk", Set.of(StaffRole.FRONT_DESK)))
        .expectEvents(
            new StaffMemberRegisteredEvent(
                id, "frontdesk", "Front Desk", EnumSet.of(StaffRole.FRONT_DESK)));
  }

  @Test
  void refusesAUsernameWithCapitalsOrSpaces() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterStaffMemberCommand(id, "Front Desk", "Front Desk", Set.of(StaffRole.ADMIN)))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesAStaffMemberWithoutARole() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterStaffMemberCommand(id, "nobody", "Nobody", Set.of()))
        .expectNoEvents()
        .expectException(Refusal.class)
        .expectExceptionMessage("A staff member needs at least one role");
  }
}
