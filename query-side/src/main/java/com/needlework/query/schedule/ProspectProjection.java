package com.needlework.query.schedule;

import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.query.consistency.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects prospects' contact details, shown to staff beside their discovery calls. */
@Component
@ProcessingGroup(ReadModels.PROSPECTS)
class ProspectProjection {

  private final JdbcClient jdbc;

  ProspectProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ProspectRegisteredEvent event) {
    jdbc.sql(
            "INSERT INTO rm_prospect (prospect_id, name, phone, email)"
                + " VALUES (:id, :name, :phone, :email) ON CONFLICT (prospect_id) DO NOTHING")
        .param("id", event.prospectId().value())
        .param("name", event.contact().name())
        .param("phone", event.contact().phone())
        .param("email", event.contact().email())
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_prospect").update();
  }
}
