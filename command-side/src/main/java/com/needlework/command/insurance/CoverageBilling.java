package com.needlework.command.insurance;

import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRules;
import java.util.Optional;

/** What billing needs of the coverage a visit was booked under, read on the command side. */
public interface CoverageBilling {

  /** The payer, its billing rules, and the coverage's cost sharing as they stand. */
  record BillingTerms(
      PayerId payerId, String payerName, PayerRules rules, CostSharing costSharing) {}

  Optional<BillingTerms> billingTermsOf(CoverageId coverageId);
}
