package com.needlework.api.insurance;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.Arrays;

/** The code a payer wants for unattended electrical stimulation. */
public enum UnattendedEstimCode {
  CPT_97014("97014"),
  HCPCS_G0283("G0283");

  private final String code;

  UnattendedEstimCode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** By its code ({@code 97014}) or its name; none when blank. */
  public static UnattendedEstimCode parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return Arrays.stream(values())
        .filter(c -> c.code.equalsIgnoreCase(raw.strip()) || c.name().equalsIgnoreCase(raw.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                Refusal.invalidField(
                    "unattendedEstimCode",
                    "The unattended e-stim code is 97014 or G0283, not '"
                        + Texts.quote(raw)
                        + "'"));
  }
}
