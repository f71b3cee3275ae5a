package com.needlework.command.billing;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.command.consistency.TransactionalProjections;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which account each payment belongs to, written with the payment's event. */
@Component
@ProcessingGroup(TransactionalProjections.BILLING)
class BillingLookup {

  private final JdbcClient jdbc;

  BillingLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(PaymentRecordedEvent event) {
    jdbc.sql("INSERT INTO cs_payment (payment_id, account_id) VALUES (:payment, :account)")
        .param("payment", event.paymentId().value())
        .param("account", event.accountId().value())
        .update();
  }

  Optional<AccountId> accountOf(PaymentId paymentId) {
    return jdbc.sql("SELECT account_id FROM cs_payment WHERE payment_id = :payment")
        .param("payment", paymentId.value())
        .query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class)))
        .optional();
  }
}
