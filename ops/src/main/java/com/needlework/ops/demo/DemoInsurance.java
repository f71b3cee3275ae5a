package com.needlework.ops.demo;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.insurance.AddAuthorizationCommand;
import com.needlework.api.insurance.AddCoverageCommand;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.RegisterPayerCommand;
import com.needlework.api.insurance.SubscriberRelation;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import com.needlework.api.patient.PatientId;
import com.needlework.command.clinic.ClinicClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Three payers (a commercial plan that does not cover needling, Medicare, a plan that does) and
 * coverages that make a telling worklist: visits left before a December 31 reset, a July plan year,
 * an authorization about to expire, an under-scheduled plan, a Medicare patient.
 */
@Component
class DemoInsurance {

  private final CommandGateway commands;
  private final ClinicClock clock;

  DemoInsurance(CommandGateway commands, ClinicClock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  void cover(DemoPatients.Patients patients) {
    LocalDate today = clock.today();
    LocalDate yearStart = today.withDayOfYear(1);
    PayerId blueHorizon =
        payer(
            "Blue Horizon PPO",
            "60054",
            new PayerRules(
                false, UnattendedEstimCode.CPT_97014, TimedCodeRule.CMS_8_MINUTE, false, null));
    PayerId medicare =
        payer(
            "Medicare Part B",
            "CMS01",
            new PayerRules(
                false,
                UnattendedEstimCode.HCPCS_G0283,
                TimedCodeRule.CMS_8_MINUTE,
                true,
                Money.of("2410.00")));
    PayerId pacific =
        payer(
            "Pacific Wellness Plan",
            "PWP77",
            new PayerRules(
                true, UnattendedEstimCode.CPT_97014, TimedCodeRule.PER_CODE, false, null));

    coverage(
        patients.ana(),
        pacific,
        "PWP-448812",
        BenefitPeriod.calendarYear(),
        20,
        9,
        "25.00",
        "0",
        yearStart);
    CoverageId ben =
        coverage(
            patients.ben(),
            blueHorizon,
            "BHP-120044",
            BenefitPeriod.calendarYear(),
            30,
            4,
            "30.00",
            "20",
            yearStart);
    commands.sendAndWait(
        new AddAuthorizationCommand(
            ben,
            new Authorization(
                AuthorizationId.newId(),
                "BH-2026-0042",
                12,
                new DateRange(today.minusDays(60), today.plusDays(10)),
                Set.of())));
    coverage(
        patients.carla(),
        pacific,
        "PWP-770021",
        new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, MonthDay.of(7, 1)),
        24,
        20,
        "25.00",
        "0",
        yearStart);
    coverage(
        patients.dev(),
        pacific,
        "PWP-310977",
        BenefitPeriod.calendarYear(),
        12,
        2,
        "25.00",
        "0",
        yearStart);
    coverage(
        patients.frank(),
        medicare,
        "1EG4-TE5-MK72",
        BenefitPeriod.calendarYear(),
        60,
        15,
        "0.00",
        "20",
        yearStart);
  }

  private PayerId payer(String name, String electronicPayerId, PayerRules rules) {
    PayerId id = PayerId.newId();
    commands.sendAndWait(new RegisterPayerCommand(id, name, electronicPayerId, rules));
    return id;
  }

  private CoverageId coverage(
      PatientId patient,
      PayerId payer,
      String memberId,
      BenefitPeriod period,
      int visitsAllowed,
      int visitsUsed,
      String copay,
      String coinsurancePercent,
      LocalDate effectiveFrom) {
    CoverageId id = CoverageId.newId();
    commands.sendAndWait(
        new AddCoverageCommand(
            id,
            patient,
            new CoverageTerms(
                payer,
                memberId,
                SubscriberRelation.SELF,
                CoveragePriority.PRIMARY,
                period,
                visitsAllowed,
                new CostSharing(
                    Money.of(copay),
                    new BigDecimal(coinsurancePercent),
                    Money.of("500.00"),
                    Money.of("500.00")),
                effectiveFrom.minusYears(1),
                null),
            visitsUsed,
            clock.today()));
    return id;
  }
}
