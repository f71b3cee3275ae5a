package com.needlework.query.billing.documents;

import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.PostalAddress;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import java.util.ArrayList;
import java.util.List;

/**
 * Who bills, as a document's header prints it: the clinic's name and, once an admin has set the
 * billing identity, its legal name, address, billing NPI and TIN (null until then).
 */
public record ClinicHeader(
    String name, String legalName, List<String> addressLines, String npi, String tin) {

  public ClinicHeader {
    addressLines = List.copyOf(addressLines);
  }

  static ClinicHeader of(ClinicView clinic) {
    BillingIdentity identity = clinic.billingIdentity();
    if (identity == null) {
      return new ClinicHeader(clinic.name(), null, List.of(), null, null);
    }
    return new ClinicHeader(
        clinic.name(),
        identity.legalName(),
        lines(identity.address()),
        identity.npi().value(),
        identity.tin().toString());
  }

  private static List<String> lines(PostalAddress address) {
    List<String> lines = new ArrayList<>();
    lines.add(address.line1());
    if (address.line2() != null) {
      lines.add(address.line2());
    }
    String zip = address.zip();
    lines.add(
        address.city()
            + ", "
            + address.state()
            + " "
            + (zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip));
    return lines;
  }
}
