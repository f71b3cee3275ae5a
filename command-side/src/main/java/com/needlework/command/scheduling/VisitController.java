package com.needlework.command.scheduling;

import com.needlework.api.billing.ChargesView;
import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.PlanOfCareBody;
import com.needlework.command.web.ScreeningBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A visit's lifecycle: move, cancel, check in, complete, no-show. */
@RestController
record VisitController(Commands commands, VisitCompletion completion, MissedVisits missedVisits) {

  record RescheduleBody(@NotNull OffsetDateTime start) {}

  /** A reason: why a visit is cancelled, or why its completion is reversed. */
  record CancelBody(String reason) {}

  record EvaluationBody(
      EvaluationComplexity complexity,
      @NotNull ScreeningBody screening,
      @NotNull PlanOfCareBody planOfCare,
      List<DiagnosisCode> diagnoses) {

    EvaluationFindings toFindings() {
      return new EvaluationFindings(
          complexity, screening.toScreening(), planOfCare.toPlanOfCare(), new Diagnoses(diagnoses));
    }
  }

  record CompleteBody(@Valid EvaluationBody evaluation, NeedlingTreatment needling) {}

  record VisitChanged(String visitId, String change) {}

  @PostMapping("/api/visits/{visitId}/reschedule")
  VisitChanged reschedule(
      @PathVariable("visitId") VisitId id, @Valid @RequestBody RescheduleBody body) {
    commands.sendTo("visit", id, new RescheduleVisitCommand(id, body.start().toInstant()));
    return new VisitChanged(id.toString(), "RESCHEDULED");
  }

  @PostMapping("/api/visits/{visitId}/cancel")
  VisitChanged cancel(@PathVariable("visitId") VisitId id, @Valid @RequestBody CancelBody body) {
    missedVisits.cancel(id, body.reason());
    return new VisitChanged(id.toString(), "CANCELLED");
  }

  @PostMapping("/api/visits/{visitId}/check-in")
  VisitChanged checkIn(@PathVariable("visitId") VisitId id) {
    commands.sendTo("visit", id, new CheckInVisitCommand(id));
    return new VisitChanged(id.toString(), "CHECKED_IN");
  }

  @PostMapping("/api/visits/{visitId}/complete")
  VisitChanged complete(
      @PathVariable("visitId") VisitId id,
      @Valid @RequestBody(required = false) CompleteBody body) {
    CompleteBody outcome = body == null ? new CompleteBody(null, null) : body;
    completion.complete(
        id,
        outcome.evaluation() == null ? null : outcome.evaluation().toFindings(),
        outcome.needling());
    return new VisitChanged(id.toString(), "COMPLETED");
  }

  /** What completing the visit with this outcome would charge; appends nothing. */
  @PostMapping("/api/visits/{visitId}/charge-preview")
  ChargesView previewCharges(
      @PathVariable("visitId") VisitId id,
      @Valid @RequestBody(required = false) CompleteBody body) {
    CompleteBody outcome = body == null ? new CompleteBody(null, null) : body;
    return ChargesView.of(
        id,
        completion.preview(
            id,
            outcome.evaluation() == null ? null : outcome.evaluation().toFindings(),
            outcome.needling()));
  }

  @PostMapping("/api/visits/{visitId}/reverse-completion")
  VisitChanged reverseCompletion(
      @PathVariable("visitId") VisitId id, @Valid @RequestBody CancelBody body) {
    completion.reverse(id, body.reason());
    return new VisitChanged(id.toString(), "COMPLETION_REVERSED");
  }

  @PostMapping("/api/visits/{visitId}/no-show")
  VisitChanged noShow(@PathVariable("visitId") VisitId id) {
    missedVisits.noShow(id);
    return new VisitChanged(id.toString(), "NO_SHOW");
  }
}
