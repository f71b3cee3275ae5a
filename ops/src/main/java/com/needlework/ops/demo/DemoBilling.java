package com.needlework.ops.demo;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.Fee;
import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PostalAddress;
import com.needlework.api.clinic.RecordPractitionerNpiCommand;
import com.needlework.api.clinic.SetBillingIdentityCommand;
import com.needlework.api.clinic.SetFeeCommand;
import com.needlework.api.clinic.SetVisitFeesCommand;
import com.needlework.api.clinic.TaxId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.common.Money;
import com.needlework.command.clinic.ClinicClock;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's billing setup: who bills (NPI and TIN that pass their checks, but belong to
 * nobody), the practitioners' NPIs, the fee schedule and the late-cancellation and no-show fees.
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

  /** Realistic prices for a US needling clinic, one unit each. */
  static final Map<String, String> PRICES =
      Map.ofEntries(
          Map.entry("97161", "150.00"),
          Map.entry("97162", "180.00"),
          Map.entry("97163", "210.00"),
          Map.entry("97164", "120.00"),
          Map.entry("20560", "75.00"),
          Map.entry("20561", "95.00"),
          Map.entry("97014", "25.00"),
          Map.entry("G0283", "25.00"),
          Map.entry("97032", "30.00"),
          Map.entry("97110", "45.00"),
          Map.entry("97140", "45.00"));

  private final CommandGateway commands;
  private final ClinicClock clock;

  DemoBilling(CommandGateway commands, ClinicClock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  void setUp(ClinicId clinicId, DemoPatients.Staffing staffing) {
    commands.sendAndWait(new SetBillingIdentityCommand(clinicId, IDENTITY));
    commands.sendAndWait(new SetVisitFeesCommand(clinicId, FEES));
    LocalDate fromNewYear = clock.today().minusYears(1).withDayOfYear(1);
    PRICES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            price ->
                commands.sendAndWait(
                    new SetFeeCommand(
                        clinicId,
                        new Fee(
                            BillingCode.parse(price.getKey()),
                            null,
                            Money.of(price.getValue()),
                            fromNewYear))));
    commands.sendAndWait(
        new RecordPractitionerNpiCommand(staffing.maya(), Npi.parse("1549873218")));
    commands.sendAndWait(
        new RecordPractitionerNpiCommand(staffing.jordan(), Npi.parse("1654321987")));
    commands.sendAndWait(
        new RecordPractitionerNpiCommand(staffing.priya(), Npi.parse("1765432194")));
  }
}
