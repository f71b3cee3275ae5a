package com.needlework.query.clinic;

import com.needlework.api.billing.Fee;
import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The clinic, its practitioners (hours, credentials, NPI) and rooms; no patient data. */
@RestController
class ClinicSetupController {

  record PractitionerResponse(
      PractitionerId practitionerId,
      String name,
      WeeklyHours workingHours,
      List<DryNeedlingCredential> credentials,
      Npi npi) {}

  /** The clinic: where it is, how it books, who bills and its policy fees. */
  record ClinicResponse(
      String name,
      ZoneId zone,
      String state,
      BookingRules bookingRules,
      BillingIdentity billingIdentity,
      VisitFees visitFees) {}

  record RoomResponse(RoomId roomId, String name) {}

  private final ClinicRecords clinicRecords;

  ClinicSetupController(ClinicRecords clinicRecords) {
    this.clinicRecords = clinicRecords;
  }

  @GetMapping("/api/clinic")
  ClinicResponse clinic() {
    ClinicView clinic = clinicRecords.openClinic();
    return new ClinicResponse(
        clinic.name(),
        clinic.zone(),
        clinic.state(),
        clinic.rules(),
        clinic.billingIdentity(),
        clinic.visitFees());
  }

  @GetMapping("/api/fee-schedule")
  List<Fee> feeSchedule() {
    return clinicRecords.prices().fees();
  }

  @GetMapping("/api/practitioners")
  List<PractitionerResponse> practitioners() {
    return practitioners(null);
  }

  @GetMapping("/api/practitioners/{practitionerId}")
  PractitionerResponse practitioner(@PathVariable PractitionerId practitionerId) {
    return practitioners(practitionerId).get(0);
  }

  @GetMapping("/api/rooms")
  List<RoomResponse> rooms() {
    return clinicRecords.rooms().stream().map(r -> new RoomResponse(r.id(), r.name())).toList();
  }

  @GetMapping("/api/rooms/{roomId}")
  RoomResponse room(@PathVariable RoomId roomId) {
    return clinicRecords.rooms(roomId).stream()
        .map(r -> new RoomResponse(r.id(), r.name()))
        .findFirst()
        .orElseThrow();
  }

  private List<PractitionerResponse> practitioners(PractitionerId only) {
    Map<PractitionerId, List<DryNeedlingCredential>> credentials = clinicRecords.credentials();
    return clinicRecords.practitioners(only).stream()
        .map(p -> response(p, credentials.getOrDefault(p.id(), List.of())))
        .toList();
  }

  private static PractitionerResponse response(
      PractitionerView practitioner, List<DryNeedlingCredential> credentials) {
    return new PractitionerResponse(
        practitioner.id(),
        practitioner.name(),
        practitioner.hours(),
        credentials,
        practitioner.npi());
  }
}
