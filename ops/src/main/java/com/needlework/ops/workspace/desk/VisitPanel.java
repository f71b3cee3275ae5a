package com.needlework.ops.workspace.desk;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.command.scheduling.MissedVisit;
import com.needlework.command.scheduling.MissedVisits;
import com.needlework.command.web.Commands;
import com.needlework.ops.workspace.FormError;
import com.needlework.ops.workspace.Labels;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.availability.AvailabilityQueries;
import com.needlework.query.availability.SlotSearch;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.schedule.ScheduleQueries;
import com.needlework.query.schedule.VisitView;
import com.needlework.query.web.Caller;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One visit at the front desk: who, what, when, where, its status and coverage, and what can be
 * done with it (check in, no-show, cancel with a reason, move to another free time), each through
 * the service the API calls. Opening it is audited as the API's GET /api/visits/{id} is.
 */
@Controller
class VisitPanel {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  private static final Map<String, String> DONE =
      Map.of(
          "booked", "Booked. The visit is on the day calendar.",
          "checked-in", "Checked in.",
          "no-show", "Recorded as a no-show.",
          "no-show-fee",
              "Recorded as a no-show; the clinic's no-show fee is charged to the patient's account.",
          "cancelled", "Cancelled.",
          "cancelled-late",
              "Cancelled late; the clinic's late-cancellation fee is charged to the patient's account.",
          "moved", "Moved to the new time.");

  private final ScheduleQueries schedule;
  private final AvailabilityQueries availability;
  private final ClinicRecords clinic;
  private final ClinicClock clock;
  private final PhiAccessLog audit;
  private final Commands commands;
  private final MissedVisits missedVisits;

  VisitPanel(
      ScheduleQueries schedule,
      AvailabilityQueries availability,
      ClinicRecords clinic,
      ClinicClock clock,
      PhiAccessLog audit,
      Commands commands,
      MissedVisits missedVisits) {
    this.schedule = schedule;
    this.availability = availability;
    this.clinic = clinic;
    this.clock = clock;
    this.audit = audit;
    this.commands = commands;
    this.missedVisits = missedVisits;
  }

  @GetMapping("/staff/desk/visits/{visitId}")
  String panel(
      @PathVariable VisitId visitId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String done,
      Model model) {
    render(visitId, date, model);
    model.addAttribute("done", done == null ? null : DONE.get(done));
    return "staff/desk/visit";
  }

  @PostMapping("/staff/desk/visits/{visitId}/check-in")
  String checkIn(@PathVariable VisitId visitId, Model model) {
    return act(
        visitId,
        "check-in",
        model,
        () -> {
          commands.sendTo("visit", visitId, new CheckInVisitCommand(visitId));
          return "checked-in";
        });
  }

  @PostMapping("/staff/desk/visits/{visitId}/no-show")
  String noShow(@PathVariable VisitId visitId, Model model) {
    return act(
        visitId,
        "no-show",
        model,
        () -> missedVisits.noShow(visitId).feeOwed().isPresent() ? "no-show-fee" : "no-show");
  }

  @PostMapping("/staff/desk/visits/{visitId}/cancel")
  String cancel(
      @PathVariable VisitId visitId, @RequestParam(required = false) String reason, Model model) {
    return act(
        visitId,
        "cancel",
        model,
        () -> {
          MissedVisit missed = missedVisits.cancel(visitId, reason);
          return missed.feeOwed().isPresent() ? "cancelled-late" : "cancelled";
        });
  }

  @PostMapping("/staff/desk/visits/{visitId}/reschedule")
  String reschedule(
      @PathVariable VisitId visitId,
      @RequestParam(required = false) String start,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Model model) {
    Optional<OffsetDateTime> at = parsed(start);
    if (at.isEmpty()) {
      render(visitId, date, model);
      model.addAttribute("error", new FormError("start", "Choose one of the free times", null));
      model.addAttribute("errorAction", "reschedule");
      return "staff/desk/visit";
    }
    return act(
        visitId,
        "reschedule",
        model,
        () -> {
          commands.sendTo(
              "visit", visitId, new RescheduleVisitCommand(visitId, at.get().toInstant()));
          return "moved";
        });
  }

  /** The action, then the panel again with what it did; a refusal's sentence next to the action. */
  private String act(VisitId visitId, String action, Model model, Action step) {
    try {
      return "redirect:/staff/desk/visits/" + visitId + "?done=" + step.run();
    } catch (RuntimeException failure) {
      Refusal refusal = Causes.find(failure, Refusal.class).orElseThrow(() -> failure);
      render(visitId, null, model);
      model.addAttribute(
          "error",
          refusal.properties().containsKey("taken")
              ? new FormError("start", "That time was just taken: " + refusal.getMessage(), null)
              : FormError.of(refusal).orElseThrow());
      model.addAttribute("errorAction", action);
      return "staff/desk/visit";
    }
  }

  @FunctionalInterface
  private interface Action {
    String run();
  }

  private void render(VisitId visitId, LocalDate moveDate, Model model) {
    VisitView visit = schedule.visit(visitId);
    audit.record("VIEW_VISIT", "visit=" + visitId);
    LocalDate visitDay = visit.start().toLocalDate();
    LocalDate day = moveDate == null ? visitDay : moveDate;
    boolean patient = visit.attendee() != null && "PATIENT".equals(visit.attendee().kind());
    boolean booked = visit.status() == VisitStatus.BOOKED;
    model.addAttribute("visit", visit);
    model.addAttribute("who", visit.attendee() == null ? "" : visit.attendee().name());
    model.addAttribute("patientId", patient ? visit.attendee().id() : null);
    model.addAttribute("what", Labels.visitType(visit.visitType()));
    model.addAttribute("status", Labels.status(visit.status(), visit.lateCancellation()));
    model.addAttribute(
        "coverage",
        visit.coverageStatus() == null ? "Not billed" : Labels.coverage(visit.coverageStatus()));
    model.addAttribute(
        "when",
        visit.start().format(DAY)
            + ", "
            + visit.start().format(CLOCK)
            + " – "
            + visit.end().format(CLOCK));
    model.addAttribute("booked", booked);
    model.addAttribute("lateNotice", booked ? lateNotice(visit, patient) : null);
    model.addAttribute("moveDate", day);
    FreeTimes free =
        booked
            ? FreeTimes.find(
                availability,
                new SlotSearch(
                    visit.visitType(),
                    day,
                    day,
                    visit.practitionerId(),
                    patient ? PatientId.parse(visit.attendee().id()) : null,
                    Caller.channel()))
            : FreeTimes.none();
    model.addAttribute("moveSlots", SlotChoice.of(free.slots(), Optional.empty()));
    model.addAttribute("moveRefusal", free.refusal() == null ? null : free.refusal().message());
    model.addAttribute("errorAction", "");
  }

  /** Said before cancelling: whether it would be late now, and the fee the policy then charges. */
  private String lateNotice(VisitView visit, boolean patient) {
    ClinicView settings = clinic.openClinic();
    var window = settings.rules().lateCancellationWindow();
    if (!clock.now().plus(window).isAfter(visit.start().toInstant())) {
      return null;
    }
    Money fee = settings.visitFees().lateCancellation();
    String late =
        "Cancelling now is a late cancellation (less than "
            + window.toHours()
            + " hours before the start)";
    if (!patient
        || visit.visitType() == VisitType.DISCOVERY_CALL
        || fee.compareTo(Money.ZERO) == 0) {
      return late + "; no fee is charged for it.";
    }
    return late + ": the clinic's policy fee of $" + fee + " is charged to the patient's account.";
  }

  private static Optional<OffsetDateTime> parsed(String start) {
    try {
      return start == null || start.isBlank()
          ? Optional.empty()
          : Optional.of(OffsetDateTime.parse(start.strip()));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
