package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's fee schedule: for each code the fees it had over time; on a day a code costs the fee
 * with the latest {@code effectiveFrom} on or before that day.
 */
public record Prices(List<Fee> fees) {

  public Prices {
    fees = List.copyOf(fees);
  }

  /** The fee of the code on the day; empty when the code had no price yet. */
  public Optional<Fee> feeOn(BillingCode code, LocalDate day) {
    return fees.stream()
        .filter(fee -> fee.code().equals(code) && !fee.effectiveFrom().isAfter(day))
        .max(Comparator.comparing(Fee::effectiveFrom));
  }

  /** The price of one unit of the code on the day; refused when the code has none. */
  public Money priceOn(BillingCode code, LocalDate day) {
    return feeOn(code, day)
        .map(Fee::price)
        .orElseThrow(
            () ->
                Refusal.rule(
                    BillingRule.NO_FEE_FOR_CODE,
                    "The fee schedule has no price for "
                        + code
                        + " on "
                        + day
                        + "; an admin sets one (PUT /api/fee-schedule/"
                        + code
                        + ")"));
  }

  /** Each code's fee on the day, in code order. */
  public List<Fee> on(LocalDate day) {
    return fees.stream()
        .map(Fee::code)
        .distinct()
        .sorted()
        .flatMap(code -> feeOn(code, day).stream())
        .toList();
  }
}
