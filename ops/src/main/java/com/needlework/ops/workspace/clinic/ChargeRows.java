package com.needlework.ops.workspace.clinic;

import com.needlework.api.billing.ChargeLine;
import com.needlework.api.billing.ChargePayer;
import com.needlework.api.billing.ChargePreview;
import com.needlework.api.billing.Modifier;
import java.util.List;
import java.util.stream.Collectors;

/** The codes a visit will bill, as the completion form shows them. */
public record ChargeRows(List<Row> lines, String total, String covered, String patientEstimate) {

  public record Row(String code, String modifiers, int units, String amount, String payer) {}

  static ChargeRows of(ChargePreview preview) {
    return new ChargeRows(
        preview.charges().lines().stream().map(ChargeRows::row).toList(),
        preview.charges().total().toString(),
        preview.charges().covered().toString(),
        preview.estimate().patientEstimate().toString());
  }

  private static Row row(ChargeLine line) {
    return new Row(
        line.code().value(),
        line.modifiers().stream().map(Modifier::name).collect(Collectors.joining(" ")),
        line.units(),
        line.amount().toString(),
        line.payer() == ChargePayer.COVERED ? "Insurance" : "Patient (self-pay)");
  }
}
