package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
record TreatmentController(Commands commands, NeedlingSeriesBooking series) {

  record EvaluationBody(
      @NotNull PatientId patientId,
      @NotNull PractitionerId practitionerId,
      @NotNull RoomId roomId,
      @NotNull OffsetDateTime start,
      Boolean selfPayAcknowledged) {

    EvaluationBody {
      selfPayAcknowledged = Boolean.TRUE.equals(selfPayAcknowledged);
    }
  }

  record NeedlingBody(
      @NotNull PatientId patientId,
      @NotNull PractitionerId practitionerId,
      @NotNull RoomId roomId,
      @NotNull OffsetDateTime start,
      Boolean electricalStimulation,
      Boolean selfPayAcknowledged) {

    NeedlingBody {
      electricalStimulation = Boolean.TRUE.equals(electricalStimulation);
      selfPayAcknowledged = Boolean.TRUE.equals(selfPayAcknowledged);
    }
  }

  record SeriesBody(
      @NotNull PatientId patientId,
      @NotNull PractitionerId practitionerId,
      @NotNull RoomId roomId,
      @NotNull OffsetDateTime firstStart,
      @NotNull Set<DayOfWeek> weekdays,
      @NotNull Integer count,
      Boolean electricalStimulation,
      Boolean selfPayAcknowledged) {

    SeriesBody {
      electricalStimulation = Boolean.TRUE.equals(electricalStimulation);
      selfPayAcknowledged = Boolean.TRUE.equals(selfPayAcknowledged);
    }
  }

  @PostMapping("/api/evaluations")
  ResponseEntity<Map<String, String>> bookEvaluation(@Valid @RequestBody EvaluationBody body) {
    VisitId visitId = VisitId.newId();
    commands.send(
        new BookEvaluationCommand(
            visitId,
            body.patientId(),
            body.practitionerId(),
            body.roomId(),
            body.start().toInstant(),
            body.selfPayAcknowledged()));
    return created(visitId);
  }

  @PostMapping("/api/needling-sessions")
  ResponseEntity<Map<String, String>> bookNeedlingSession(@Valid @RequestBody NeedlingBody body) {
    VisitId visitId = VisitId.newId();
    commands.send(
        new BookNeedlingSessionCommand(
            visitId,
            body.patientId(),
            body.practitionerId(),
            body.roomId(),
            body.start().toInstant(),
            body.electricalStimulation(),
            null,
            body.selfPayAcknowledged()));
    return created(visitId);
  }

  @PostMapping("/api/needling-series")
  NeedlingSeriesBooking.Result bookSeries(@Valid @RequestBody SeriesBody body) {
    return series.book(
        new NeedlingSeriesBooking.Request(
            body.patientId(),
            body.practitionerId(),
            body.roomId(),
            body.firstStart(),
            body.weekdays(),
            body.count(),
            body.electricalStimulation(),
            body.selfPayAcknowledged()));
  }

  private static ResponseEntity<Map<String, String>> created(VisitId visitId) {
    return Created.at("/api/visits/" + visitId, Map.of("visitId", visitId.toString()));
  }
}
