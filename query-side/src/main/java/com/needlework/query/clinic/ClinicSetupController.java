package com.needlework.query.clinic;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The clinic's practitioners (hours, dry-needling credentials) and rooms; no patient data. */
@RestController
class ClinicSetupController {

  record PractitionerResponse(
      PractitionerId practitionerId,
      String name,
      WeeklyHours workingHours,
      List<DryNeedlingCredential> credentials) {}

  record RoomResponse(RoomId roomId, String name) {}

  private final ClinicRecords clinicRecords;

  ClinicSetupController(ClinicRecords clinicRecords) {
    this.clinicRecords = clinicRecords;
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
        practitioner.id(), practitioner.name(), practitioner.hours(), credentials);
  }
}
