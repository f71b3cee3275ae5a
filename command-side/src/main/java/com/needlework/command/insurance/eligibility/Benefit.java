package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One EB segment of a 271, with its numbers already checked: what kind of benefit (EB01), for whom
 * (EB02), for which service types (EB03 and its repetitions), per which time period (EB06), the
 * amount (EB07), percent as a fraction (EB08), visits (EB10 when EB09 is VS), in network (EB12) and
 * the procedure code (EB13).
 */
record Benefit(
    String kind,
    String coverageLevel,
    List<String> serviceTypes,
    String timePeriod,
    Money amount,
    BigDecimal fraction,
    Integer visits,
    String inNetwork,
    String procedureCode) {

  static final String ACTIVE_COVERAGE = "1";
  static final String COINSURANCE = "A";
  static final String COPAYMENT = "B";
  static final String DEDUCTIBLE = "C";
  static final String LIMITATIONS = "F";
  static final String NON_COVERED = "I";

  private static final Set<String> PHYSICAL_THERAPY = Set.of("PT", "AE");
  private static final Set<String> WHOLE_PLAN = Set.of("30", "1");
  private static final Set<String> INDIVIDUAL = Set.of("", "IND", "EMP");
  private static final Pattern UNSIGNED_DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
  private static final String VISITS = "VS";
  private static final String MISTAKEN_COMPONENT_SEPARATOR = ">";

  Benefit {
    serviceTypes = List.copyOf(serviceTypes);
  }

  static Benefit of(Segment eb) {
    return new Benefit(
        eb.element(1),
        eb.element(2),
        eb.repetitions(3),
        eb.element(6),
        amount(eb, 7),
        fraction(eb, 8),
        visits(eb),
        eb.element(12),
        procedureCode(eb, 13));
  }

  boolean is(String kind) {
    return this.kind.equals(kind);
  }

  boolean forPhysicalTherapy() {
    return serviceTypes.stream().anyMatch(PHYSICAL_THERAPY::contains);
  }

  /** Physical therapy by name, or the plan as a whole, which physical therapy is part of. */
  boolean appliesToPhysicalTherapy() {
    return forPhysicalTherapy() || serviceTypes.stream().anyMatch(WHOLE_PLAN::contains);
  }

  int networkRank() {
    return switch (inNetwork) {
      case "Y" -> 0;
      case "N" -> 2;
      default -> 1;
    };
  }

  int coverageLevelRank() {
    return INDIVIDUAL.contains(coverageLevel) ? 0 : 1;
  }

  private static Money amount(Segment eb, int element) {
    BigDecimal number = number(eb, element, "is not an amount such as 30.00");
    try {
      return number == null ? null : Money.of(number);
    } catch (Refusal moreThanCents) {
      throw eb.malformedElement(element, "is not an amount in dollars and cents");
    }
  }

  private static BigDecimal fraction(Segment eb, int element) {
    BigDecimal number = number(eb, element, "is not a fraction such as .20");
    if (number != null && number.compareTo(BigDecimal.ONE) > 0) {
      throw eb.malformedElement(element, "is more than 1: a percent is sent as a fraction (.20)");
    }
    return number;
  }

  private static Integer visits(Segment eb) {
    BigDecimal quantity = number(eb, 10, "is not a quantity");
    if (quantity == null || !eb.element(9).equals(VISITS)) {
      return null;
    }
    try {
      return quantity.intValueExact();
    } catch (ArithmeticException notWhole) {
      throw eb.malformedElement(10, "is not a whole number of visits");
    }
  }

  private static BigDecimal number(Segment eb, int element, String problem) {
    String text = eb.element(element);
    if (text.isEmpty()) {
      return null;
    }
    if (!UNSIGNED_DECIMAL.matcher(text).matches()) {
      throw eb.malformedElement(element, problem);
    }
    return new BigDecimal(text);
  }

  /** The code of a composite such as HC:20560, also when sent wrongly as HC>20560. */
  private static String procedureCode(Segment eb, int element) {
    List<String> components = eb.components(element);
    if (components.size() == 1) {
      components = List.of(components.get(0).split(MISTAKEN_COMPONENT_SEPARATOR, -1));
    }
    if (components.stream().allMatch(String::isEmpty)) {
      return null;
    }
    if (components.size() < 2 || components.get(1).isEmpty()) {
      throw eb.malformedElement(element, "names no procedure code (such as HC:20560)");
    }
    return components.get(1);
  }
}
