package com.needlework.command.clinic;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.PractitionerRegisteredEvent;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A practitioner who sees patients during weekly working hours. */
@Aggregate
class Practitioner {

  @AggregateIdentifier private PractitionerId practitionerId;

  protected Practitioner() {}

  @CommandHandler
  Practitioner(RegisterPractitionerCommand command) {
    String name = Texts.required(command.name(), "practitioner name", 200);
    WeeklyHours hours = command.hours() == null ? new WeeklyHours(null) : command.hours();
    apply(new PractitionerRegisteredEvent(command.practitionerId(), name, hours));
  }

  @EventSourcingHandler
  void on(PractitionerRegisteredEvent event) {
    practitionerId = event.practitionerId();
  }
}
