package com.needlework.command.clinic;

import com.needlework.api.clinic.AddRoomCommand;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.ScheduleTimeOffCommand;
import com.needlework.api.clinic.TimeOffId;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The clinic's setup: practitioners, their credentials and time off, rooms. */
@RestController
class PractitionerController {

  private final Commands commands;
  private final BookedVisits bookedVisits;

  PractitionerController(Commands commands, BookedVisits bookedVisits) {
    this.commands = commands;
    this.bookedVisits = bookedVisits;
  }

  record PractitionerBody(String name, List<WorkingPeriod> workingHours) {}

  record RoomBody(String name) {}

  record CredentialBody(String state, LocalDate validUntil) {}

  record TimeOffBody(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end, String reason) {

    TimeSlot period() {
      return new TimeSlot(start.toInstant(), end.toInstant());
    }
  }

  @PostMapping("/api/practitioners")
  ResponseEntity<Map<String, String>> register(@Valid @RequestBody PractitionerBody body) {
    PractitionerId id = PractitionerId.newId();
    commands.send(
        new RegisterPractitionerCommand(id, body.name(), new WeeklyHours(body.workingHours())));
    return Created.at("/api/practitioners/" + id, Map.of("practitionerId", id.toString()));
  }

  @PostMapping("/api/rooms")
  ResponseEntity<Map<String, String>> addRoom(@Valid @RequestBody RoomBody body) {
    RoomId id = RoomId.newId();
    commands.send(new AddRoomCommand(id, body.name()));
    return Created.at("/api/rooms/" + id, Map.of("roomId", id.toString()));
  }

  @PutMapping("/api/practitioners/{practitionerId}/credentials")
  Map<String, String> credential(
      @PathVariable("practitionerId") PractitionerId id, @Valid @RequestBody CredentialBody body) {
    DryNeedlingCredential credential = new DryNeedlingCredential(body.state(), body.validUntil());
    commands.sendTo("practitioner", id, new RecordCredentialCommand(id, credential));
    return Map.of(
        "practitionerId",
        id.toString(),
        "state",
        credential.state(),
        "validUntil",
        credential.validUntil().toString());
  }

  @PostMapping("/api/practitioners/{practitionerId}/time-off")
  ResponseEntity<Map<String, String>> timeOff(
      @PathVariable("practitionerId") PractitionerId id, @Valid @RequestBody TimeOffBody body) {
    TimeSlot period = body.period();
    long overlapping = bookedVisits.visitsOverlapping(id, period);
    if (overlapping > 0) {
      throw visitsInTheWay(overlapping);
    }
    TimeOffId timeOffId = TimeOffId.newId();
    commands.sendTo(
        "practitioner", id, new ScheduleTimeOffCommand(id, timeOffId, period, body.reason()));
    return Created.within(Map.of("timeOffId", timeOffId.toString()));
  }

  private static Refusal visitsInTheWay(long visits) {
    return Refusal.conflict(
        visits
            + (visits == 1 ? " visit is" : " visits are")
            + " booked in that period; move or cancel "
            + (visits == 1 ? "it" : "them")
            + " first",
        "overlappingVisits",
        visits);
  }
}
