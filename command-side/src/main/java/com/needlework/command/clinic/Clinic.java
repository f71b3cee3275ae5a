package com.needlework.command.clinic;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.billing.Fee;
import com.needlework.api.billing.StandardCodes;
import com.needlework.api.clinic.BillingIdentitySetEvent;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.ClinicOpenedEvent;
import com.needlework.api.clinic.DefineVisitTypeCommand;
import com.needlework.api.clinic.FeeSetEvent;
import com.needlework.api.clinic.OpenClinicCommand;
import com.needlework.api.clinic.SetBillingIdentityCommand;
import com.needlework.api.clinic.SetFeeCommand;
import com.needlework.api.clinic.SetVisitFeesCommand;
import com.needlework.api.clinic.VisitFeesSetEvent;
import com.needlework.api.clinic.VisitTypeDefinedEvent;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The clinic itself: where it is (zone, state) and how it books. */
@Aggregate
class Clinic {

  private static final Pattern US_STATE = Pattern.compile("^[A-Z]{2}$");

  @AggregateIdentifier private ClinicId clinicId;

  protected Clinic() {}

  @CommandHandler
  Clinic(OpenClinicCommand command) {
    String name = Texts.required(command.name(), "clinic name", 200);
    if (command.zone() == null) {
      throw Refusal.invalid("The clinic's time zone is required");
    }
    if (command.state() == null || !US_STATE.matcher(command.state()).matches()) {
      throw Refusal.invalid("The clinic's state is a two-letter code such as CA");
    }
    if (command.rules() == null) {
      throw Refusal.invalid("The clinic's booking rules are required");
    }
    apply(
        new ClinicOpenedEvent(
            command.clinicId(), name, command.zone(), command.state(), command.rules()));
  }

  @CommandHandler
  void handle(DefineVisitTypeCommand command) {
    if (command.settings() == null) {
      throw Refusal.invalid("The visit type's settings are required");
    }
    apply(new VisitTypeDefinedEvent(clinicId, command.settings()));
  }

  @CommandHandler
  void handle(SetBillingIdentityCommand command) {
    if (command.identity() == null) {
      throw Refusal.invalid("A billing identity names the legal name, NPI, TIN and address");
    }
    apply(new BillingIdentitySetEvent(clinicId, command.identity()));
  }

  @CommandHandler
  void handle(SetVisitFeesCommand command) {
    if (command.fees() == null) {
      throw Refusal.invalid("Give the late-cancellation and no-show fees");
    }
    apply(new VisitFeesSetEvent(clinicId, command.fees()));
  }

  @CommandHandler
  void handle(SetFeeCommand command) {
    if (command.fee() == null) {
      throw Refusal.invalid("A fee names its code, price and the day it is effective from");
    }
    Fee fee = command.fee();
    String description =
        fee.description() != null
            ? fee.description()
            : StandardCodes.describe(fee.code()).orElse(null);
    apply(
        new FeeSetEvent(
            clinicId, new Fee(fee.code(), description, fee.price(), fee.effectiveFrom())));
  }

  @EventSourcingHandler
  void on(ClinicOpenedEvent event) {
    clinicId = event.clinicId();
  }
}
