package com.needlework.command.patient;

import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.OverrideContraindicationCommand;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.RecordAbnCommand;
import com.needlework.api.patient.UpdatePlanOfCareCommand;
import com.needlework.api.patient.UpdateScreeningCommand;
import com.needlework.api.prospect.ProspectId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Created;
import com.needlework.command.web.PlanOfCareBody;
import com.needlework.command.web.ScreeningBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.LocalDate;
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

  record ConvertProspectBody(@NotNull LocalDate dateOfBirth) {}

  record AbnBody(@NotNull LocalDate signedOn) {}

  record OverrideBody(@NotNull String contraindication, String reason) {}

  @PostMapping("/api/patients")
  ResponseEntity<Map<String, String>> register(@Valid @RequestBody RegisterPatientBody body) {
    PatientId patientId =
        registration.register(
            PatientDetails.of(body.name(), body.dateOfBirth(), body.phone(), body.email()));
    return created(patientId);
  }

  @PostMapping("/api/prospects/{prospectId}/convert")
  ResponseEntity<Map<String, String>> convert(
      @PathVariable("prospectId") ProspectId prospect,
      @Valid @RequestBody ConvertProspectBody body) {
    return created(registration.convert(prospect, body.dateOfBirth()));
  }

  @PutMapping("/api/patients/{patientId}/screening")
  Map<String, String> screening(
      @PathVariable("patientId") PatientId id,
      @Valid @RequestBody ScreeningBody body,
      Principal clinician) {
    commands.sendTo(
        "patient", id, new UpdateScreeningCommand(id, body.toScreening(), clinician.getName()));
    return Map.of("patientId", id.toString(), "change", "SCREENING_UPDATED");
  }

  @PutMapping("/api/patients/{patientId}/plan-of-care")
  Map<String, String> planOfCare(
      @PathVariable("patientId") PatientId id,
      @Valid @RequestBody PlanOfCareBody body,
      Principal clinician) {
    commands.sendTo(
        "patient", id, new UpdatePlanOfCareCommand(id, body.toPlanOfCare(), clinician.getName()));
    return Map.of("patientId", id.toString(), "change", "PLAN_OF_CARE_UPDATED");
  }

  @PostMapping("/api/patients/{patientId}/abn")
  ResponseEntity<Map<String, String>> abn(
      @PathVariable("patientId") PatientId id, @Valid @RequestBody AbnBody body, Principal staff) {
    commands.sendTo("patient", id, new RecordAbnCommand(id, body.signedOn(), staff.getName()));
    return Created.within(
        Map.of("patientId", id.toString(), "abnSignedOn", body.signedOn().toString()));
  }

  @PostMapping("/api/patients/{patientId}/contraindication-overrides")
  ResponseEntity<Map<String, String>> override(
      @PathVariable("patientId") PatientId id,
      @Valid @RequestBody OverrideBody body,
      Principal clinician) {
    Contraindication contraindication = Contraindication.parse(body.contraindication());
    commands.sendTo(
        "patient",
        id,
        new OverrideContraindicationCommand(
            id, contraindication, body.reason(), clinician.getName()));
    return Created.within(
        Map.of("patientId", id.toString(), "contraindication", contraindication.field()));
  }

  private static ResponseEntity<Map<String, String>> created(PatientId patientId) {
    return Created.at("/api/patients/" + patientId, Map.of("patientId", patientId.toString()));
  }
}
