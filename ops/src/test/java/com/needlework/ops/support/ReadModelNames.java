package com.needlework.ops.support;

import java.util.List;

/** The processing groups of the read models, as the tests expect them to be named. */
public final class ReadModelNames {

  public static final List<String> ALL =
      List.of(
          "clinic-directory",
          "schedule",
          "prospects",
          "patients",
          "waitlist-entries",
          "payers",
          "coverages",
          "benefit-alerts",
          "accounts");

  private ReadModelNames() {}
}
