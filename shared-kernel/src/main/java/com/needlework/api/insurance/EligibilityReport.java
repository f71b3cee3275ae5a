package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a payer's eligibility response (X12 271) reports for a member; what it does not report is
 * null.
 */
public record EligibilityReport(
    String memberId,
    String payerName,
    DateRange benefitPeriod,
    Integer visitsAllowed,
    Integer visitsRemaining,
    Money copay,
    BigDecimal coinsurancePercent,
    Money deductible,
    Money deductibleRemaining,
    List<String> notCoveredCodes,
    List<String> coveredCodes) {

  public EligibilityReport {
    notCoveredCodes = notCoveredCodes == null ? List.of() : List.copyOf(notCoveredCodes);
    coveredCodes = coveredCodes == null ? List.of() : List.copyOf(coveredCodes);
  }
}
