package com.needlework.query.billing.documents;

import com.needlework.api.billing.ChargeLine;
import com.needlework.api.billing.Modifier;
import com.needlework.api.billing.StandardCodes;
import com.needlework.api.common.Money;
import java.util.stream.Collectors;

/**
 * A charge line as a document prints it: the CPT or HCPCS code with its description (empty for a
 * code the clinic does not usually bill), modifiers, units, the unit fee, the amount and the
 * numbers of the diagnoses it is for.
 */
public record DocumentLine(
    String code,
    String description,
    String modifiers,
    int units,
    Money unitFee,
    Money amount,
    String diagnosisPointers) {

  static DocumentLine of(ChargeLine line) {
    return new DocumentLine(
        line.code().value(),
        StandardCodes.describe(line.code()).orElse(""),
        line.modifiers().stream().map(Modifier::name).collect(Collectors.joining(" ")),
        line.units(),
        line.unitPrice(),
        line.amount(),
        line.diagnosisPointers().stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
