package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;

/** Who bills: the clinic's legal name, billing NPI, tax id and address. */
public record BillingIdentity(String legalName, Npi npi, TaxId tin, PostalAddress address) {

  public BillingIdentity {
    legalName = Texts.required(legalName, "legal name", 60);
    if (npi == null || tin == null || address == null) {
      throw Refusal.invalid("A billing identity names the NPI, the TIN and the address");
    }
  }
}
