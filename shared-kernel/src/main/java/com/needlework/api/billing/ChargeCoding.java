package com.needlework.api.billing;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charge-coding policy: what a completed visit bills, line by line, and who is asked to pay
 * each line. Pure, so every rule is tested without a database.
 *
 * <ul>
 *   <li>An evaluation bills 97161, 97162 or 97163 by its complexity; a discovery call nothing.
 *   <li>Needling bills 20560 (one or two muscles) or 20561 (three or more), never both; unattended
 *       e-stim 97014, or G0283 where the payer says so (Medicare); attended e-stim 97032 by its
 *       minutes; exercise 97110 and manual therapy 97140 by theirs ({@link TimedUnits}, by the
 *       payer's timed-code rule; the 8-minute rule when the patient pays).
 *   <li>Every line carries GP (therapy under a PT plan of care). A Medicare patient's lines carry
 *       KX once the patient's charges to that payer in the calendar year pass its threshold: the
 *       line that crosses it and every line after.
 *   <li>Who pays is decided per line: the coverage the visit was booked under, except the needling
 *       lines when the payer does not cover needling (Medicare never does), which the patient pays.
 *       A visit that is self-pay as a whole bills every line to the patient.
 *   <li>Lines come in this order: the evaluation or the needling, unattended e-stim, then the timed
 *       codes in code order. Each points to the visit's first four diagnoses.
 * </ul>
 */
public final class ChargeCoding {

  static final BillingCode NEEDLING_ONE_OR_TWO = new BillingCode("20560");
  static final BillingCode NEEDLING_THREE_OR_MORE = new BillingCode("20561");
  static final BillingCode ESTIM_ATTENDED = new BillingCode("97032");
  static final BillingCode EXERCISE = new BillingCode("97110");
  static final BillingCode MANUAL_THERAPY = new BillingCode("97140");

  /**
   * A completed visit as coding needs it.
   *
   * @param payer the rules of the payer the visit was booked under, or null when the whole visit is
   *     self-pay
   * @param billedToPayerThisYear what the patient's earlier visits this calendar year billed to
   *     that payer (for the KX threshold); zero when self-pay
   */
  public record CompletedVisit(
      VisitType type,
      LocalDate date,
      EvaluationComplexity complexity,
      NeedlingTreatment needling,
      PayerRules payer,
      Diagnoses diagnoses,
      Money billedToPayerThisYear) {

    public CompletedVisit {
      if (type == null || date == null) {
        throw Refusal.invalid("A completed visit has a type and a date");
      }
      if (type == VisitType.EVALUATION && complexity == null) {
        throw Refusal.invalid("An evaluation is coded by its complexity");
      }
      if (type == VisitType.NEEDLING_SESSION && needling == null) {
        throw Refusal.invalid("A needling session is coded by what was done");
      }
      diagnoses = diagnoses == null ? Diagnoses.NONE : diagnoses;
      billedToPayerThisYear = billedToPayerThisYear == null ? Money.ZERO : billedToPayerThisYear;
    }

    boolean selfPay() {
      return payer == null;
    }
  }

  private ChargeCoding() {}

  public static Charges code(CompletedVisit visit, Prices prices) {
    List<Integer> pointers = visit.diagnoses().pointers();
    List<ChargeLine> lines = new ArrayList<>();
    ChargePayer therapyPayer = visit.selfPay() ? ChargePayer.SELF_PAY : ChargePayer.COVERED;
    switch (visit.type()) {
      case DISCOVERY_CALL -> {
        return Charges.NONE;
      }
      case EVALUATION ->
          lines.add(
              line(
                  new BillingCode(visit.complexity().cptCode()),
                  1,
                  therapyPayer,
                  visit,
                  prices,
                  pointers));
      case NEEDLING_SESSION -> lines.addAll(needlingLines(visit, therapyPayer, prices, pointers));
    }
    return new Charges(withKx(lines, visit));
  }

  private static List<ChargeLine> needlingLines(
      CompletedVisit visit, ChargePayer therapyPayer, Prices prices, List<Integer> pointers) {
    NeedlingTreatment treatment = visit.needling();
    List<ChargeLine> lines = new ArrayList<>();
    BillingCode needling =
        treatment.muscles() == MusclesNeedled.ONE_OR_TWO
            ? NEEDLING_ONE_OR_TWO
            : NEEDLING_THREE_OR_MORE;
    boolean needlingCovered =
        !visit.selfPay() && visit.payer().needlingCovered() && !visit.payer().medicare();
    lines.add(
        line(
            needling,
            1,
            needlingCovered ? ChargePayer.COVERED : ChargePayer.SELF_PAY,
            visit,
            prices,
            pointers));
    if (treatment.electricalStimulation() == ElectricalStimulation.UNATTENDED) {
      UnattendedEstimCode estim =
          visit.selfPay() ? UnattendedEstimCode.CPT_97014 : visit.payer().unattendedEstimCode();
      lines.add(line(new BillingCode(estim.code()), 1, therapyPayer, visit, prices, pointers));
    }
    Map<BillingCode, Integer> minutes = new LinkedHashMap<>();
    minutes.put(ESTIM_ATTENDED, treatment.attendedStimulationMinutes());
    minutes.put(EXERCISE, treatment.exerciseMinutes());
    minutes.put(MANUAL_THERAPY, treatment.manualTherapyMinutes());
    TimedCodeRule rule =
        visit.selfPay() ? TimedCodeRule.CMS_8_MINUTE : visit.payer().timedCodeRule();
    TimedUnits.units(rule, minutes)
        .forEach(
            (code, units) -> {
              if (units > 0) {
                lines.add(line(code, units, therapyPayer, visit, prices, pointers));
              }
            });
    return lines;
  }

  private static ChargeLine line(
      BillingCode code,
      int units,
      ChargePayer payer,
      CompletedVisit visit,
      Prices prices,
      List<Integer> pointers) {
    return ChargeLine.of(
        code, List.of(Modifier.GP), units, prices.priceOn(code, visit.date()), payer, pointers);
  }

  /** KX on the covered lines of a Medicare patient from the one that crosses the threshold on. */
  private static List<ChargeLine> withKx(List<ChargeLine> lines, CompletedVisit visit) {
    if (visit.selfPay() || !visit.payer().medicare() || visit.payer().kxThreshold() == null) {
      return lines;
    }
    Money threshold = visit.payer().kxThreshold();
    Money billed = visit.billedToPayerThisYear();
    List<ChargeLine> marked = new ArrayList<>();
    for (ChargeLine line : lines) {
      if (line.covered()) {
        billed = billed.plus(line.amount());
        marked.add(billed.compareTo(threshold) > 0 ? line.withModifier(Modifier.KX) : line);
      } else {
        marked.add(line);
      }
    }
    return marked;
  }
}
