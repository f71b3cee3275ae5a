package com.needlework.command.staff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.staff.RegisterStaffMemberCommand;
import com.needlework.api.staff.StaffMemberId;
import com.needlework.api.staff.StaffMemberRegisteredEvent;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person who works at the clinic and signs in to the system. */
@Aggregate
class StaffMember {

  private static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{1,39}$");

  @AggregateIdentifier private StaffMemberId staffMemberId;

  protected StaffMember() {}

  @CommandHandler
  StaffMember(RegisterStaffMemberCommand command) {
    if (command.username() == null || !USERNAME.matcher(command.username()).matches()) {
      throw Refusal.invalidField(
          "username",
          "A username is 2-40 lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
    if (command.roles() == null || command.roles().isEmpty()) {
      throw Refusal.invalidField("roles", "A staff member needs at least one role");
    }
    apply(
        new StaffMemberRegisteredEvent(
            command.staffMemberId(),
            command.username(),
            Texts.required(command.displayName(), "display name", 200),
            EnumSet.copyOf(command.roles())));
  }

  @EventSourcingHandler
  void on(StaffMemberRegisteredEvent event) {
    staffMemberId = event.staffMemberId();
  }
}
