package com.needlework.ops.workspace.admin;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A practitioner as the admin's list shows one: hours, credentials and NPI in words. */
public record PractitionerRow(
    String practitionerId, String name, List<String> hours, List<String> credentials, String npi) {

  static PractitionerRow of(PractitionerView practitioner, List<DryNeedlingCredential> held) {
    return new PractitionerRow(
        practitioner.id().value().toString(),
        practitioner.name(),
        practitioner.hours().periods().stream().map(PractitionerRow::period).toList(),
        held.stream()
            .map(credential -> credential.state() + ", valid until " + credential.validUntil())
            .toList(),
        practitioner.npi() == null ? "No NPI recorded" : practitioner.npi().toString());
  }

  private static String period(WorkingPeriod period) {
    return period.day().getDisplayName(TextStyle.SHORT, Locale.US)
        + " "
        + period.start()
        + "–"
        + period.end();
  }
}
