package com.needlework.command.prospect;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.common.InvalidValueException;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.api.prospect.RegisterProspectCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A lead from a discovery call, not yet a patient. */
@Aggregate
class Prospect {

  @AggregateIdentifier private ProspectId prospectId;

  protected Prospect() {}

  @CommandHandler
  Prospect(RegisterProspectCommand command) {
    if (command.contact() == null) {
      throw new InvalidValueException("A prospect's contact details are required");
    }
    apply(new ProspectRegisteredEvent(command.prospectId(), command.contact()));
  }

  @EventSourcingHandler
  void on(ProspectRegisteredEvent event) {
    prospectId = event.prospectId();
  }
}
