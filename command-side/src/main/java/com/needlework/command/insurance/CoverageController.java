package com.needlework.command.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.InvalidValueException;
import com.needlework.api.common.Money;
import com.needlework.api.common.Texts;
import com.needlework.api.insurance.AddAuthorizationCommand;
import com.needlework.api.insurance.AddCoverageCommand;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.ChangeCoverageCommand;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.RegisterPayerCommand;
import com.needlework.api.insurance.SubscriberRelation;
import com.needlework.api.insurance.TerminateCoverageCommand;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import com.needlework.api.patient.PatientId;
import com.needlework.command.scheduling.ClinicCalendar;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Required;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Payers, patients' coverages and their authorizations. */
@RestController
class CoverageController {

  private final Commands commands;
  private final Clock clock;
  private final ClinicCalendar calendar;

  CoverageController(Commands commands, Clock clock, ClinicCalendar calendar) {
    this.commands = commands;
    this.clock = clock;
    this.calendar = calendar;
  }

  record PayerBody(
      String name,
      String electronicPayerId,
      Boolean needlingCovered,
      String unattendedEstimCode,
      TimedCodeRule timedCodeRule,
      Boolean medicare,
      Money kxThreshold) {}

  record BenefitPeriodBody(BenefitPeriodType type, String renewsOn) {

    BenefitPeriod toPeriod() {
      return new BenefitPeriod(type, renewsOn == null ? null : monthDay(renewsOn));
    }
  }

  record CoverageBody(
      PayerId payerId,
      String memberId,
      SubscriberRelation subscriberRelation,
      CoveragePriority priority,
      BenefitPeriodBody benefitPeriod,
      Integer visitsAllowed,
      Money copay,
      BigDecimal coinsurancePercent,
      Money deductible,
      Money deductibleMet,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      Integer visitsUsedSoFar) {

    CoverageTerms toTerms() {
      return new CoverageTerms(
          payerId,
          memberId,
          subscriberRelation,
          priority,
          Required.field(benefitPeriod, "benefitPeriod").toPeriod(),
          Required.field(visitsAllowed, "visitsAllowed"),
          new CostSharing(copay, coinsurancePercent, deductible, deductibleMet),
          effectiveFrom,
          effectiveUntil);
    }
  }

  record AuthorizationBody(
      String number,
      Integer visitsAuthorized,
      LocalDate validFrom,
      LocalDate validTo,
      Set<String> codes) {}

  record TerminationBody(LocalDate lastDay) {}

  @PostMapping("/api/payers")
  ResponseEntity<Map<String, String>> registerPayer(@RequestBody(required = false) PayerBody body) {
    Required.body(body);
    PayerId payerId = PayerId.newId();
    commands.send(
        new RegisterPayerCommand(
            payerId,
            body.name(),
            body.electronicPayerId(),
            new PayerRules(
                Boolean.TRUE.equals(body.needlingCovered()),
                estimCode(body.unattendedEstimCode()),
                body.timedCodeRule(),
                Boolean.TRUE.equals(body.medicare()),
                body.kxThreshold())));
    return created("/api/payers/" + payerId, Map.of("payerId", payerId.toString()));
  }

  @PostMapping("/api/patients/{patientId}/coverages")
  ResponseEntity<Map<String, String>> addCoverage(
      @PathVariable String patientId, @RequestBody(required = false) CoverageBody body) {
    PatientId patient = PatientId.parse(patientId);
    Required.body(body);
    CoverageId coverageId = CoverageId.newId();
    commands.send(
        new AddCoverageCommand(
            coverageId,
            patient,
            body.toTerms(),
            body.visitsUsedSoFar() == null ? 0 : body.visitsUsedSoFar(),
            LocalDate.now(clock.withZone(calendar.clinic().orElseThrow().zone()))));
    return created("/api/coverages/" + coverageId, Map.of("coverageId", coverageId.toString()));
  }

  @PutMapping("/api/coverages/{coverageId}")
  Map<String, String> changeCoverage(
      @PathVariable String coverageId, @RequestBody(required = false) CoverageBody body) {
    CoverageId id = CoverageId.parse(coverageId);
    commands.sendTo("coverage", id, new ChangeCoverageCommand(id, Required.body(body).toTerms()));
    return Map.of("coverageId", id.toString(), "change", "CHANGED");
  }

  @PostMapping("/api/coverages/{coverageId}/terminate")
  Map<String, String> terminate(
      @PathVariable String coverageId, @RequestBody(required = false) TerminationBody body) {
    CoverageId id = CoverageId.parse(coverageId);
    LocalDate lastDay = Required.field(Required.body(body).lastDay(), "lastDay");
    commands.sendTo("coverage", id, new TerminateCoverageCommand(id, lastDay));
    return Map.of("coverageId", id.toString(), "change", "TERMINATED");
  }

  @PostMapping("/api/coverages/{coverageId}/authorizations")
  ResponseEntity<Map<String, String>> addAuthorization(
      @PathVariable String coverageId, @RequestBody(required = false) AuthorizationBody body) {
    CoverageId id = CoverageId.parse(coverageId);
    Required.body(body);
    AuthorizationId authorizationId = AuthorizationId.newId();
    commands.sendTo(
        "coverage",
        id,
        new AddAuthorizationCommand(
            id,
            new Authorization(
                authorizationId,
                body.number(),
                Required.field(body.visitsAuthorized(), "visitsAuthorized"),
                new DateRange(
                    Required.field(body.validFrom(), "validFrom"),
                    Required.field(body.validTo(), "validTo")),
                body.codes())));
    return created(
        "/api/coverages/" + id + "/authorizations/" + authorizationId,
        Map.of("authorizationId", authorizationId.toString()));
  }

  private static UnattendedEstimCode estimCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return Arrays.stream(UnattendedEstimCode.values())
        .filter(
            c -> c.code().equalsIgnoreCase(code.strip()) || c.name().equalsIgnoreCase(code.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "The unattended e-stim code is 97014 or G0283, not '"
                        + Texts.quote(code)
                        + "'"));
  }

  private static MonthDay monthDay(String renewsOn) {
    try {
      return MonthDay.parse("--" + renewsOn.strip());
    } catch (DateTimeParseException notAMonthDay) {
      throw new InvalidValueException(
          "renewsOn is a month and day such as 07-01, not '" + Texts.quote(renewsOn) + "'");
    }
  }

  private static ResponseEntity<Map<String, String>> created(
      String location, Map<String, String> body) {
    return ResponseEntity.created(URI.create(location)).body(body);
  }
}
