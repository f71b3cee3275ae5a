package com.needlework.command.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
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
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
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
record CoverageController(Commands commands, ClinicClock clock) {

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
      @NotNull BenefitPeriodBody benefitPeriod,
      @NotNull Integer visitsAllowed,
      Money copay,
      BigDecimal coinsurancePercent,
      Money deductible,
      Money deductibleMet,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      Integer visitsUsedSoFar) {

    CoverageBody {
      visitsUsedSoFar = visitsUsedSoFar == null ? 0 : visitsUsedSoFar;
    }

    CoverageTerms toTerms() {
      return new CoverageTerms(
          payerId,
          memberId,
          subscriberRelation,
          priority,
          benefitPeriod.toPeriod(),
          visitsAllowed,
          new CostSharing(copay, coinsurancePercent, deductible, deductibleMet),
          effectiveFrom,
          effectiveUntil);
    }
  }

  record AuthorizationBody(
      String number,
      @NotNull Integer visitsAuthorized,
      @NotNull LocalDate validFrom,
      @NotNull LocalDate validTo,
      Set<String> codes) {

    Authorization toAuthorization(AuthorizationId id) {
      return new Authorization(
          id, number, visitsAuthorized, new DateRange(validFrom, validTo), codes);
    }
  }

  record TerminationBody(@NotNull LocalDate lastDay) {}

  @PostMapping("/api/payers")
  ResponseEntity<Map<String, String>> registerPayer(@Valid @RequestBody PayerBody body) {
    PayerId payerId = PayerId.newId();
    commands.send(
        new RegisterPayerCommand(
            payerId,
            body.name(),
            body.electronicPayerId(),
            new PayerRules(
                Boolean.TRUE.equals(body.needlingCovered()),
                UnattendedEstimCode.parse(body.unattendedEstimCode()),
                body.timedCodeRule(),
                Boolean.TRUE.equals(body.medicare()),
                body.kxThreshold())));
    return Created.at("/api/payers/" + payerId, Map.of("payerId", payerId.toString()));
  }

  @PostMapping("/api/patients/{patientId}/coverages")
  ResponseEntity<Map<String, String>> addCoverage(
      @PathVariable("patientId") PatientId patient, @Valid @RequestBody CoverageBody body) {
    CoverageId coverageId = CoverageId.newId();
    commands.send(
        new AddCoverageCommand(
            coverageId, patient, body.toTerms(), body.visitsUsedSoFar(), clock.today()));
    return Created.at("/api/coverages/" + coverageId, Map.of("coverageId", coverageId.toString()));
  }

  @PutMapping("/api/coverages/{coverageId}")
  Map<String, String> changeCoverage(
      @PathVariable("coverageId") CoverageId id, @Valid @RequestBody CoverageBody body) {
    commands.sendTo("coverage", id, new ChangeCoverageCommand(id, body.toTerms()));
    return Map.of("coverageId", id.toString(), "change", "CHANGED");
  }

  @PostMapping("/api/coverages/{coverageId}/terminate")
  Map<String, String> terminate(
      @PathVariable("coverageId") CoverageId id, @Valid @RequestBody TerminationBody body) {
    commands.sendTo("coverage", id, new TerminateCoverageCommand(id, body.lastDay()));
    return Map.of("coverageId", id.toString(), "change", "TERMINATED");
  }

  @PostMapping("/api/coverages/{coverageId}/authorizations")
  ResponseEntity<Map<String, String>> addAuthorization(
      @PathVariable("coverageId") CoverageId id, @Valid @RequestBody AuthorizationBody body) {
    AuthorizationId authorizationId = AuthorizationId.newId();
    commands.sendTo(
        "coverage", id, new AddAuthorizationCommand(id, body.toAuthorization(authorizationId)));
    return Created.at(
        "/api/coverages/" + id, Map.of("authorizationId", authorizationId.toString()));
  }

  private static MonthDay monthDay(String renewsOn) {
    try {
      return MonthDay.parse("--" + renewsOn.strip());
    } catch (DateTimeParseException notAMonthDay) {
      throw Refusal.invalid(
          "renewsOn is a month and day such as 07-01, not '" + Texts.quote(renewsOn) + "'");
    }
  }
}
