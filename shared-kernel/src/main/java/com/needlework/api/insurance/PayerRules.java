package com.needlework.api.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;

/**
 * What a payer covers and how it wants to be billed. Dry needling defaults to not covered (the
 * patient pays); Medicare bills unattended e-stim as G0283 and needs KX above its yearly threshold.
 */
public record PayerRules(
    boolean needlingCovered,
    UnattendedEstimCode unattendedEstimCode,
    TimedCodeRule timedCodeRule,
    boolean medicare,
    Money kxThreshold) {

  public PayerRules {
    unattendedEstimCode =
        unattendedEstimCode == null
            ? (medicare ? UnattendedEstimCode.HCPCS_G0283 : UnattendedEstimCode.CPT_97014)
            : unattendedEstimCode;
    timedCodeRule = timedCodeRule == null ? TimedCodeRule.CMS_8_MINUTE : timedCodeRule;
    if (kxThreshold != null && kxThreshold.isNegative()) {
      throw Refusal.invalid("The KX threshold cannot be negative");
    }
  }
}
