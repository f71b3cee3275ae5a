package com.needlework.query.audit;

import com.needlework.query.web.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records each read of personal health information: who, when, what. */
@Component
public class PhiAccessLog {

  private final JdbcClient jdbc;

  PhiAccessLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String action, String subject) {
    jdbc.sql(
            "INSERT INTO phi_access_log (accessed_at, username, action, subject)"
                + " VALUES (now(), :username, :action, :subject)")
        .param("username", Caller.name())
        .param("action", action)
        .param("subject", subject)
        .update();
  }
}
