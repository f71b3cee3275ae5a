package com.needlework.command.staff;

import com.needlework.api.common.Refusal;
import com.needlework.api.staff.StaffMemberRegisteredEvent;
import com.needlework.api.staff.StaffRole;
import com.needlework.command.consistency.TransactionalProjections;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff accounts by username, unique, written with the events that create them. */
@Component
@ProcessingGroup(TransactionalProjections.STAFF_DIRECTORY)
class StaffDirectory {

  private final JdbcClient jdbc;

  StaffDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(StaffMemberRegisteredEvent event) {
    try {
      jdbc.sql(
              "INSERT INTO staff_account (staff_member_id, username, display_name, roles)"
                  + " VALUES (:id, :username, :displayName, :roles)")
          .param("id", event.staffMemberId().value())
          .param("username", event.username())
          .param("displayName", event.displayName())
          .param(
              "roles",
              event.roles().stream().map(StaffRole::name).sorted().collect(Collectors.joining(",")))
          .update();
    } catch (DuplicateKeyException taken) {
      throw Refusal.conflict(
          "The username '" + event.username() + "' is already taken", "field", "username");
    }
  }
}
