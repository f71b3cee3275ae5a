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
import com.needlework.command.web.Required;
import java.net.URI;
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
class WaitlistController {

  private final Commands commands;
  private final WaitlistAcceptance acceptance;

  WaitlistController(Commands commands, WaitlistAcceptance acceptance) {
    this.commands = commands;
    this.acceptance = acceptance;
  }

  record WaitlistBody(
      PatientId patientId,
      String visitType,
      Set<DayOfWeek> preferredDays,
      LocalTime preferredFrom,
      LocalTime preferredTo,
      PractitionerId practitionerId) {}

  @PostMapping("/api/waitlist")
  ResponseEntity<Map<String, String>> add(@RequestBody(required = false) WaitlistBody body) {
    Required.body(body);
    WaitlistEntryId entryId = WaitlistEntryId.newId();
    commands.send(
        new AddToWaitlistCommand(
            entryId,
            Required.field(body.patientId(), "patientId"),
            VisitType.parse(body.visitType()),
            new WaitlistPreferences(
                body.preferredDays(),
                body.preferredFrom(),
                body.preferredTo(),
                body.practitionerId())));
    return ResponseEntity.created(URI.create("/api/waitlist/" + entryId))
        .body(Map.of("entryId", entryId.toString()));
  }

  @PostMapping("/api/waitlist/{entryId}/accept")
  ResponseEntity<Map<String, String>> accept(@PathVariable String entryId) {
    VisitId visitId = acceptance.accept(WaitlistEntryId.parse(entryId));
    return ResponseEntity.created(URI.create("/api/visits/" + visitId))
        .body(Map.of("visitId", visitId.toString()));
  }

  @PostMapping("/api/waitlist/{entryId}/decline")
  Map<String, String> decline(@PathVariable String entryId) {
    WaitlistEntryId id = WaitlistEntryId.parse(entryId);
    commands.sendTo("waitlist entry", id, new DeclineWaitlistOfferCommand(id));
    return Map.of("entryId", id.toString(), "change", "DECLINED");
  }
}
