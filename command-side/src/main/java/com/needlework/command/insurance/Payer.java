package com.needlework.command.insurance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRegisteredEvent;
import com.needlework.api.insurance.RegisterPayerCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An insurance payer and the rules it bills by. */
@Aggregate
class Payer {

  @AggregateIdentifier private PayerId payerId;

  protected Payer() {}

  @CommandHandler
  Payer(RegisterPayerCommand command) {
    if (command.rules() == null) {
      throw Refusal.invalid("A payer states its billing rules");
    }
    apply(
        new PayerRegisteredEvent(
            command.payerId(),
            Texts.required(command.name(), "payer name", 200),
            Texts.required(command.electronicPayerId(), "electronic payer id", 20),
            command.rules()));
  }

  @EventSourcingHandler
  void on(PayerRegisteredEvent event) {
    payerId = event.payerId();
  }
}
