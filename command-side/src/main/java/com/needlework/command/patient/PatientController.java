package com.needlework.command.patient;

import com.needlework.api.common.InvalidValueException;
import com.needlework.api.common.Texts;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.OverrideContraindicationCommand;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.UpdatePlanOfCareCommand;
import com.needlework.api.patient.UpdateScreeningCommand;
import com.needlework.api.prospect.ProspectId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.PlanOfCareBody;
import com.needlework.command.web.Required;
import com.needlework.command.web.ScreeningBody;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Registering patients and recording their care. */
@RestController
class PatientController {

  private final PatientRegistration registration;
  private final Commands commands;

  PatientController(PatientRegistration registration, Commands commands) {
    this.registration = registration;
    this.commands = commands;
  }

  record RegisterPatientBody(String name, LocalDate dateOfBirth, String phone, String email) {}

  record ConvertProspectBody(LocalDate dateOfBirth) {}

  record OverrideBody(String contraindication, String reason) {}

  @PostMapping("/api/patients")
  ResponseEntity<Map<String, String>> register(
      @RequestBody(required = false) RegisterPatientBody body) {
    Required.body(body);
    PatientId patientId =
        registration.register(
            PatientDetails.of(body.name(), body.dateOfBirth(), body.phone(), body.email()));
    return created(patientId);
  }

  @PostMapping("/api/prospects/{prospectId}/convert")
  ResponseEntity<Map<String, String>> convert(
      @PathVariable String prospectId, @RequestBody(required = false) ConvertProspectBody body) {
    ProspectId prospect = ProspectId.parse(prospectId);
    LocalDate dateOfBirth = Required.field(Required.body(body).dateOfBirth(), "dateOfBirth");
    return created(registration.convert(prospect, dateOfBirth));
  }

  @PutMapping("/api/patients/{patientId}/screening")
  Map<String, String> screening(
      @PathVariable String patientId,
      @RequestBody(required = false) ScreeningBody body,
      Principal clinician) {
    PatientId id = PatientId.parse(patientId);
    commands.sendTo(
        "patient",
        id,
        new UpdateScreeningCommand(id, Required.body(body).toScreening(), clinician.getName()));
    return Map.of("patientId", id.toString(), "change", "SCREENING_UPDATED");
  }

  @PutMapping("/api/patients/{patientId}/plan-of-care")
  Map<String, String> planOfCare(
      @PathVariable String patientId,
      @RequestBody(required = false) PlanOfCareBody body,
      Principal clinician) {
    PatientId id = PatientId.parse(patientId);
    commands.sendTo(
        "patient",
        id,
        new UpdatePlanOfCareCommand(id, Required.body(body).toPlanOfCare(), clinician.getName()));
    return Map.of("patientId", id.toString(), "change", "PLAN_OF_CARE_UPDATED");
  }

  @PostMapping("/api/patients/{patientId}/contraindication-overrides")
  ResponseEntity<Map<String, String>> override(
      @PathVariable String patientId,
      @RequestBody(required = false) OverrideBody body,
      Principal clinician) {
    PatientId id = PatientId.parse(patientId);
    Contraindication contraindication =
        contraindication(
            Required.field(Required.body(body).contraindication(), "contraindication"));
    commands.sendTo(
        "patient",
        id,
        new OverrideContraindicationCommand(
            id, contraindication, body.reason(), clinician.getName()));
    return ResponseEntity.status(201)
        .body(Map.of("patientId", id.toString(), "contraindication", contraindication.field()));
  }

  private static Contraindication contraindication(String name) {
    return Arrays.stream(Contraindication.values())
        .filter(c -> c.field().equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "Unknown contraindication '"
                        + Texts.quote(name)
                        + "'; expected one of "
                        + Arrays.stream(Contraindication.values())
                            .map(Contraindication::field)
                            .toList()));
  }

  private static ResponseEntity<Map<String, String>> created(PatientId patientId) {
    return ResponseEntity.created(URI.create("/api/patients/" + patientId))
        .body(Map.of("patientId", patientId.toString()));
  }
}
