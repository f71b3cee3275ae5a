package com.needlework.api.billing;

import java.util.Map;
import java.util.Optional;

/** The codes a needling clinic bills, with their short descriptions (docs/DOMAIN.md). */
public final class StandardCodes {

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("97161", "PT evaluation, low complexity"),
          Map.entry("97162", "PT evaluation, moderate complexity"),
          Map.entry("97163", "PT evaluation, high complexity"),
          Map.entry("97164", "PT re-evaluation"),
          Map.entry("20560", "Needle insertion(s) without injection, 1-2 muscles"),
          Map.entry("20561", "Needle insertion(s) without injection, 3 or more muscles"),
          Map.entry("97014", "Electrical stimulation, unattended"),
          Map.entry("G0283", "Electrical stimulation, unattended (Medicare)"),
          Map.entry("97032", "Electrical stimulation, attended, each 15 minutes"),
          Map.entry("97110", "Therapeutic exercise, each 15 minutes"),
          Map.entry("97140", "Manual therapy, each 15 minutes"));

  private StandardCodes() {}

  public static Optional<String> describe(BillingCode code) {
    return Optional.ofNullable(DESCRIPTIONS.get(code.value()));
  }
}
