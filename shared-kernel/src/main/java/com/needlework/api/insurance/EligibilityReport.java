package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.common.Texts;
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
    Texts.oneLine(memberId, "member id of the eligibility response");
    Texts.oneLine(payerName, "payer name of the eligibility response");
    notCoveredCodes = notCoveredCodes == null ? List.of() : List.copyOf(notCoveredCodes);
    coveredCodes = coveredCodes == null ? List.of() : List.copyOf(coveredCodes);
    notCoveredCodes.forEach(code -> Texts.oneLine(code, "code of the eligibility response"));
    coveredCodes.forEach(code -> Texts.oneLine(code, "code of the eligibility response"));
  }
}
