package com.needlework.ops.demo;

import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PostalAddress;
import com.needlework.api.clinic.RecordPractitionerNpiCommand;
import com.needlework.api.clinic.SetBillingIdentityCommand;
import com.needlework.api.clinic.SetVisitFeesCommand;
import com.needlework.api.clinic.TaxId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.common.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's billing setup: who bills (NPI and TIN that pass their checks, but belong to
 * nobody), the practitioners' NPIs, and the late-cancellation and no-show fees.
 */
@Component
class DemoBilling {

  static final BillingIdentity IDENTITY =
      new BillingIdentity(
          "Needlework Demo Physical Therapy PC",
          Npi.parse("1234567893"),
          TaxId.parse("94-1234567"),
          new PostalAddress("2200 Mission Street", "Suite 3", "San Francisco", "CA", "94110"));

  static final VisitFees FEES = new VisitFees(Money.of("50.00"), Money.of("75.00"));

  private final CommandGateway commands;

  DemoBilling(CommandGateway commands) {
    this.commands = commands;
  }

  void setUp(ClinicId clinicId, DemoPatients.Staffing staffing) {
    commands.sendAndWait(new SetBillingIdentityCommand(clinicId, IDENTITY));
    commands.sendAndWait(new SetVisitFeesCommand(clinicId, FEES));
    commands.sendAndWait(
        new RecordPractitionerNpiCommand(staffing.maya(), Npi.parse("1549873218")));
    commands.sendAndWait(
        new RecordPractitionerNpiCommand(staffing.jordan(), Npi.parse("1654321987")));
    commands.sendAndWait(
        new RecordPractitionerNpiCommand(staffing.priya(), Npi.parse("1765432194")));
  }
}
