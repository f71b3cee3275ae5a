package com.needlework.api.insurance;

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
}
