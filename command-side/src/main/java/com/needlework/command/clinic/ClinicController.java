package com.needlework.command.clinic;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.Fee;
import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RecordPractitionerNpiCommand;
import com.needlework.api.clinic.SetBillingIdentityCommand;
import com.needlework.api.clinic.SetFeeCommand;
import com.needlework.api.clinic.SetVisitFeesCommand;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.common.Money;
import com.needlework.command.web.Commands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's billing identity, fee schedule and policy fees, and the NPIs practitioners render
 * under.
 */
@RestController
class ClinicController {

  private final Commands commands;
  private final ClinicSettings clinic;

  ClinicController(Commands commands, ClinicSettings clinic) {
    this.commands = commands;
    this.clinic = clinic;
  }

  record NpiBody(@NotNull Npi npi) {}

  record FeeBody(@NotNull Money price, @NotNull LocalDate effectiveFrom, String description) {}

  @PutMapping("/api/clinic/billing-identity")
  BillingIdentity billingIdentity(@Valid @RequestBody BillingIdentity identity) {
    ClinicId clinicId = clinic.clinicId();
    commands.sendTo("clinic", clinicId, new SetBillingIdentityCommand(clinicId, identity));
    return identity;
  }

  @PutMapping("/api/clinic/visit-fees")
  VisitFees visitFees(@Valid @RequestBody VisitFees fees) {
    ClinicId clinicId = clinic.clinicId();
    commands.sendTo("clinic", clinicId, new SetVisitFeesCommand(clinicId, fees));
    return fees;
  }

  @PutMapping("/api/fee-schedule/{code}")
  Fee fee(@PathVariable BillingCode code, @Valid @RequestBody FeeBody body) {
    ClinicId clinicId = clinic.clinicId();
    Fee fee = new Fee(code, body.description(), body.price(), body.effectiveFrom());
    commands.sendTo("clinic", clinicId, new SetFeeCommand(clinicId, fee));
    return fee;
  }

  @PutMapping("/api/practitioners/{practitionerId}/npi")
  Map<String, String> npi(
      @PathVariable("practitionerId") PractitionerId id, @Valid @RequestBody NpiBody body) {
    commands.sendTo("practitioner", id, new RecordPractitionerNpiCommand(id, body.npi()));
    return Map.of("practitionerId", id.toString(), "npi", body.npi().toString());
  }
}
