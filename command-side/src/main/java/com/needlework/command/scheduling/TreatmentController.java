package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Required;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The front desk books evaluations and needling sessions into a practitioner and a room. */
@RestController
class TreatmentController {

  private final Commands commands;
  private final NeedlingSeriesBooking series;

  TreatmentController(Commands commands, NeedlingSeriesBooking series) {
    this.commands = commands;
    this.series = series;
  }

  record EvaluationBody(
      PatientId patientId,
      PractitionerId practitionerId,
      RoomId roomId,
      OffsetDateTime start,
      Boolean selfPayAcknowledged) {}

  record NeedlingBody(
      PatientId patientId,
      PractitionerId practitionerId,
      RoomId roomId,
      OffsetDateTime start,
      Boolean electricalStimulation,
      Boolean selfPayAcknowledged) {}

  record SeriesBody(
      PatientId patientId,
      PractitionerId practitionerId,
      RoomId roomId,
      OffsetDateTime firstStart,
      Set<DayOfWeek> weekdays,
      Integer count,
      Boolean electricalStimulation,
      Boolean selfPayAcknowledged) {}

  @PostMapping("/api/evaluations")
  ResponseEntity<Map<String, String>> bookEvaluation(
      @RequestBody(required = false) EvaluationBody body) {
    Required.body(body);
    VisitId visitId = VisitId.newId();
    commands.send(
        new BookEvaluationCommand(
            visitId,
            Required.field(body.patientId(), "patientId"),
            Required.field(body.practitionerId(), "practitionerId"),
            Required.field(body.roomId(), "roomId"),
            Required.field(body.start(), "start").toInstant(),
            Boolean.TRUE.equals(body.selfPayAcknowledged())));
    return created(visitId);
  }

  @PostMapping("/api/needling-sessions")
  ResponseEntity<Map<String, String>> bookNeedlingSession(
      @RequestBody(required = false) NeedlingBody body) {
    Required.body(body);
    VisitId visitId = VisitId.newId();
    commands.send(
        new BookNeedlingSessionCommand(
            visitId,
            Required.field(body.patientId(), "patientId"),
            Required.field(body.practitionerId(), "practitionerId"),
            Required.field(body.roomId(), "roomId"),
            Required.field(body.start(), "start").toInstant(),
            Boolean.TRUE.equals(body.electricalStimulation()),
            null,
            Boolean.TRUE.equals(body.selfPayAcknowledged())));
    return created(visitId);
  }

  @PostMapping("/api/needling-series")
  NeedlingSeriesBooking.Result bookSeries(@RequestBody(required = false) SeriesBody body) {
    Required.body(body);
    return series.book(
        new NeedlingSeriesBooking.Request(
            Required.field(body.patientId(), "patientId"),
            Required.field(body.practitionerId(), "practitionerId"),
            Required.field(body.roomId(), "roomId"),
            Required.field(body.firstStart(), "firstStart"),
            Required.field(body.weekdays(), "weekdays"),
            Required.field(body.count(), "count"),
            Boolean.TRUE.equals(body.electricalStimulation()),
            Boolean.TRUE.equals(body.selfPayAcknowledged())));
  }

  private static ResponseEntity<Map<String, String>> created(VisitId visitId) {
    return ResponseEntity.created(URI.create("/api/visits/" + visitId))
        .body(Map.of("visitId", visitId.toString()));
  }
}
