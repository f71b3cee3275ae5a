package com.needlework.query.insurance;

import com.needlework.api.insurance.PayerRegisteredEvent;
import com.needlework.query.consistency.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects payers and the rules they bill by. */
@Component
@ProcessingGroup(ReadModels.PAYERS)
class PayerProjection {

  private final JdbcClient jdbc;

  PayerProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(PayerRegisteredEvent event) {
    jdbc.sql(
            "INSERT INTO rm_payer (payer_id, name, electronic_payer_id, needling_covered,"
                + " unattended_estim_code, timed_code_rule, medicare, kx_threshold)"
                + " VALUES (:id, :name, :electronicPayerId, :needlingCovered, :estimCode,"
                + " :timedCodeRule, :medicare, :kxThreshold) ON CONFLICT (payer_id) DO NOTHING")
        .param("id", event.payerId().value())
        .param("name", event.name())
        .param("electronicPayerId", event.electronicPayerId())
        .param("needlingCovered", event.rules().needlingCovered())
        .param("estimCode", event.rules().unattendedEstimCode().name())
        .param("timedCodeRule", event.rules().timedCodeRule().name())
        .param("medicare", event.rules().medicare())
        .param(
            "kxThreshold",
            event.rules().kxThreshold() == null ? null : event.rules().kxThreshold().amount())
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_payer").update();
  }
}
