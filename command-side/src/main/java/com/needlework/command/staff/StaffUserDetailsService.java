package com.needlework.command.staff;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs staff in from the staff directory and their stored password hashes. */
@Service
class StaffUserDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;

  StaffUserDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "SELECT a.username, a.roles, c.password_hash FROM staff_account a"
                + " JOIN staff_credential c ON c.staff_member_id = a.staff_member_id"
                + " WHERE a.username = :username")
        .param("username", username)
        .query(
            (rs, row) ->
                User.withUsername(rs.getString("username"))
                    .password(rs.getString("password_hash"))
                    .roles(Arrays.stream(rs.getString("roles").split(",")).toArray(String[]::new))
                    .build())
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
  }
}
