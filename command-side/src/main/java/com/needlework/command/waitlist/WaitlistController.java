package com.needlework.command.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.AddToWaitlistCommand;
import com.needlework.api.waitlist.DeclineWaitlistOfferCommand;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Putting patients on the waitlist and answering the offers made to them. */
@RestController
record WaitlistController(Commands commands, WaitlistAcceptance acceptance) {

  record WaitlistBody(
      @NotNull PatientId patientId,
      String visitType,
      Set<DayOfWeek> preferredDays,
      LocalTime preferredFrom,
      LocalTime preferredTo,
      PractitionerId practitionerId) {

    WaitlistPreferences preferences() {
      return new WaitlistPreferences(preferredDays, preferredFrom, preferredTo, practitionerId);
    }
  }

  @PostMapping("/api/waitlist")
  ResponseEntity<Map<String, String>> add(@Valid @RequestBody WaitlistBody body) {
    WaitlistEntryId entryId = WaitlistEntryId.newId();
    commands.send(
        new AddToWaitlistCommand(
            entryId, body.patientId(), VisitType.parse(body.visitType()), body.preferences()));
    return Created.at("/api/waitlist/" + entryId, Map.of("entryId", entryId.toString()));
  }

  @PostMapping("/api/waitlist/{entryId}/accept")
  ResponseEntity<Map<String, String>> accept(@PathVariable("entryId") WaitlistEntryId entryId) {
    VisitId visitId = acceptance.accept(entryId);
    return Created.at("/api/visits/" + visitId, Map.of("visitId", visitId.toString()));
  }

  @PostMapping("/api/waitlist/{entryId}/decline")
  Map<String, String> decline(@PathVariable("entryId") WaitlistEntryId id) {
    commands.sendTo("waitlist entry", id, new DeclineWaitlistOfferCommand(id));
    return Map.of("entryId", id.toString(), "change", "DECLINED");
  }
}
