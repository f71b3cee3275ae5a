package com.needlework.api.billing;

import com.needlework.api.common.Money;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A visit's charge lines, in billing order. */
public record Charges(List<ChargeLine> lines) {

  public static final Charges NONE = new Charges(List.of());

  public Charges {
    lines = List.copyOf(lines);
  }

  public Money total() {
    return sum(lines);
  }

  /** What the coverage is asked for. */
  public Money covered() {
    return sum(lines.stream().filter(ChargeLine::covered).toList());
  }

  /** What the patient owes in full (self-pay lines). */
  public Money selfPay() {
    return sum(lines.stream().filter(line -> !line.covered()).toList());
  }

  /** The codes billed to the coverage, for authorizations limited to codes. */
  public Set<String> coveredCodes() {
    return lines.stream()
        .filter(ChargeLine::covered)
        .map(line -> line.code().value())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Money sum(List<ChargeLine> lines) {
    return lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
  }
}
