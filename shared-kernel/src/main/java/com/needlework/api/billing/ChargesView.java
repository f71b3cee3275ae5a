package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.scheduling.VisitId;
import java.util.List;

/**
 * A visit's charges as the API shows them, the same for a completed visit and for a preview: the
 * lines, their total, and what the patient is expected to pay (self-pay lines in full plus the
 * estimated share of the covered ones).
 */
public record ChargesView(
    String visitId,
    List<ChargeLine> lines,
    Money total,
    Money covered,
    Money selfPay,
    Money patientEstimate,
    Money payerEstimate) {

  public static ChargesView of(VisitId visitId, ChargePreview preview) {
    return new ChargesView(
        visitId.toString(),
        preview.charges().lines(),
        preview.charges().total(),
        preview.charges().covered(),
        preview.charges().selfPay(),
        preview.estimate().patientEstimate(),
        preview.estimate().payerEstimate());
  }
}
