package com.needlework.command.staff;

import com.needlework.api.common.Refusal;
import com.needlework.api.staff.RegisterStaffMemberCommand;
import com.needlework.api.staff.StaffMemberId;
import com.needlework.api.staff.StaffRole;
import com.needlework.command.web.TransactionalCommands;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Registers staff logins and lists them. The account is an event; its password hash is kept out of
 * the event store in its own table, written in the same transaction.
 */
@Service
public class StaffAccounts {

  private final TransactionalCommands transaction;
  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  StaffAccounts(TransactionalCommands transaction, JdbcClient jdbc, PasswordEncoder passwords) {
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  /** A staff login as the directory holds it; no password hash. */
  public record StaffLogin(String username, String displayName, Set<StaffRole> roles) {}

  /** Every staff login, in order of username. */
  public List<StaffLogin> logins() {
    return jdbc.sql("SELECT username, display_name, roles FROM staff_account ORDER BY username")
        .query(
            (rs, row) ->
                new StaffLogin(
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Arrays.stream(rs.getString("roles").split(","))
                        .map(StaffRole::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)))))
        .list();
  }

  public StaffMemberId register(
      String username, String displayName, Set<StaffRole> roles, String password) {
    if (password == null || password.length() < 4) {
      throw Refusal.invalidField("password", "A password has at least 4 characters");
    }
    StaffMemberId id = StaffMemberId.newId();
    String hash = passwords.encode(password);
    return transaction.inOneTransaction(
        commands -> {
          commands.send(new RegisterStaffMemberCommand(id, username, displayName, roles));
          jdbc.sql(
                  "INSERT INTO staff_credential (staff_member_id, password_hash)"
                      + " VALUES (:id, :hash)")
              .param("id", id.value())
              .param("hash", hash)
              .update();
          return id;
        });
  }

  /** The name a login is shown by, such as "Maya Chen, DPT"; empty for an unknown login. */
  public Optional<String> displayName(String username) {
    return jdbc.sql("SELECT display_name FROM staff_account WHERE username = :username")
        .param("username", username)
        .query(String.class)
        .optional();
  }
}
