package com.needlework.command.staff;

import com.needlework.api.common.InvalidValueException;
import com.needlework.api.staff.RegisterStaffMemberCommand;
import com.needlework.api.staff.StaffMemberId;
import com.needlework.api.staff.StaffRole;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers staff logins. The account is an event; its password hash is kept out of the event store
 * in its own table, written in the same transaction.
 */
@Service
public class StaffAccounts {

  private final CommandGateway commands;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  StaffAccounts(
      CommandGateway commands,
      TransactionTemplate transaction,
      JdbcClient jdbc,
      PasswordEncoder passwords) {
    this.commands = commands;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  public StaffMemberId register(
      String username, String displayName, Set<StaffRole> roles, String password) {
    if (password == null || password.length() < 4) {
      throw new InvalidValueException("A password has at least 4 characters");
    }
    StaffMemberId id = StaffMemberId.newId();
    transaction.executeWithoutResult(
        status -> {
          commands.sendAndWait(new RegisterStaffMemberCommand(id, username, displayName, roles));
          jdbc.sql(
                  "INSERT INTO staff_credential (staff_member_id, password_hash)"
                      + " VALUES (:id, :hash)")
              .param("id", id.value())
              .param("hash", passwords.encode(password))
              .update();
        });
    return id;
  }
}
