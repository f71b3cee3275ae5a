package com.needlework.command.prospect;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.common.Refusal;
import com.needlework.api.patient.ConvertProspectCommand;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.ProspectConvertedEvent;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.api.prospect.RegisterProspectCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A lead from a discovery call, until they become a patient. */
@Aggregate
class Prospect {

  @AggregateIdentifier private ProspectId prospectId;
  private ContactDetails contact;
  private PatientId convertedInto;

  protected Prospect() {}

  @CommandHandler
  Prospect(RegisterProspectCommand command) {
    if (command.contact() == null) {
      throw Refusal.invalid("A prospect's contact details are required");
    }
    apply(new ProspectRegisteredEvent(command.prospectId(), command.contact()));
  }

  /** Answers the prospect's contact details, which the new patient record starts from. */
  @CommandHandler
  ContactDetails handle(ConvertProspectCommand command) {
    if (convertedInto != null) {
      throw Refusal.conflict(
          "This prospect is already a patient (" + convertedInto + ")",
          "patientId",
          convertedInto.toString());
    }
    apply(new ProspectConvertedEvent(prospectId, command.patientId()));
    return contact;
  }

  @EventSourcingHandler
  void on(ProspectRegisteredEvent event) {
    prospectId = event.prospectId();
    contact = event.contact();
  }

  @EventSourcingHandler
  void on(ProspectConvertedEvent event) {
    convertedInto = event.patientId();
  }
}
