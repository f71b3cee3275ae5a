package com.needlework.ops.workspace.clinic;

import com.needlework.api.billing.CommonDiagnoses;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.command.scheduling.VisitCompletion;
import com.needlework.command.staff.StaffAccounts;
import com.needlework.ops.workspace.FormError;
import com.needlework.ops.workspace.Labels;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import com.needlework.query.schedule.ScheduleQueries;
import com.needlework.query.schedule.VisitView;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's day and the completion of a visit. A login is linked to its practitioner by the
 * login's display name, which is the practitioner's name (the staff directory keeps no other link).
 * The form previews the codes the visit will bill through the same service the API's preview uses.
 */
@Controller
record ClinicianPages(
    ScheduleQueries schedule,
    ClinicRecords clinic,
    ClinicClock clock,
    PhiAccessLog audit,
    StaffAccounts staff,
    VisitCompletion completion) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  /** One of my visits today. */
  public record MyVisit(
      String visitId,
      String time,
      String who,
      String what,
      String room,
      String status,
      boolean completable) {

    static MyVisit of(VisitView visit) {
      boolean open = visit.status() == VisitStatus.BOOKED || visit.status() == VisitStatus.ARRIVED;
      return new MyVisit(
          visit.visitId().toString(),
          visit.start().format(TIME) + " – " + visit.end().format(TIME),
          visit.attendee() == null ? "" : visit.attendee().name(),
          Labels.visitType(visit.visitType()),
          visit.roomName() == null ? "" : visit.roomName(),
          Labels.status(visit.status(), visit.lateCancellation()),
          open && visit.visitType() != VisitType.DISCOVERY_CALL);
    }
  }

  @GetMapping("/staff/clinic")
  String myDay(
      Principal signedIn,
      @RequestParam(name = "completed", required = false) String completed,
      Model model) {
    String name = staff.displayName(signedIn.getName()).orElse(signedIn.getName());
    Optional<PractitionerView> me =
        clinic.practitioners().stream().filter(p -> p.name().equals(name)).findFirst();
    LocalDate today = clock.today();
    List<MyVisit> visits =
        me.map(
                practitioner ->
                    schedule.day(today, practitioner.id()).practitioners().stream()
                        .flatMap(day -> day.visits().stream())
                        .map(MyVisit::of)
                        .toList())
            .orElse(List.of());
    me.ifPresent(
        practitioner ->
            audit.record("VIEW_SCHEDULE", "date=" + today + " practitioner=" + practitioner.id()));
    model.addAttribute("name", name);
    model.addAttribute("practitioner", me.isPresent());
    model.addAttribute("today", today.format(DAY));
    model.addAttribute("visits", visits);
    model.addAttribute("completed", completed != null);
    return "staff/clinic/day";
  }

  @GetMapping("/staff/clinic/visits/{visitId}/complete")
  String completionForm(@PathVariable("visitId") VisitId visitId, Model model) {
    CompletionForm form = CompletionForm.empty();
    return form(visitId, form, preview(visitId, form, model), null, model);
  }

  @PostMapping("/staff/clinic/visits/{visitId}/charges")
  String charges(
      @PathVariable("visitId") VisitId visitId,
      @RequestParam MultiValueMap<String, String> values,
      Model model) {
    preview(visitId, new CompletionForm(values), model);
    return "staff/clinic/complete :: charges";
  }

  @GetMapping("/staff/clinic/diagnoses")
  String diagnoses(
      @RequestParam MultiValueMap<String, String> values,
      @RequestParam(name = "diagnosisSearch", defaultValue = "") String search,
      Model model) {
    model.addAttribute("form", new CompletionForm(values));
    model.addAttribute("common", commonDiagnoses(new CompletionForm(values), search));
    return "staff/clinic/complete :: diagnoses";
  }

  @PostMapping("/staff/clinic/visits/{visitId}/complete")
  String complete(
      @PathVariable("visitId") VisitId visitId,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      HttpServletResponse response) {
    CompletionForm form = new CompletionForm(values);
    VisitView visit = schedule.visit(visitId);
    try {
      if (visit.visitType() == VisitType.EVALUATION) {
        completion.complete(visitId, form.evaluation(), null);
      } else if (visit.visitType() == VisitType.NEEDLING_SESSION) {
        completion.complete(visitId, null, form.needling());
      } else {
        completion.complete(visitId, null, null);
      }
    } catch (RuntimeException failure) {
      FormError error = errorOf(failure).orElseThrow(() -> failure);
      response.setStatus(422);
      return form(visitId, form, preview(visitId, form, model), error, model);
    }
    return "redirect:/staff/clinic?completed=" + visitId;
  }

  private String form(
      VisitId visitId, CompletionForm form, VisitView visit, FormError error, Model model) {
    audit.record("VIEW_VISIT", "visit=" + visitId);
    model.addAttribute("visit", visit);
    model.addAttribute("visitId", visitId.toString());
    model.addAttribute("title", "Complete: " + Labels.visitType(visit.visitType()));
    model.addAttribute("when", visit.start().format(DAY) + ", " + MyVisit.of(visit).time());
    model.addAttribute("evaluation", visit.visitType() == VisitType.EVALUATION);
    model.addAttribute("needling", visit.visitType() == VisitType.NEEDLING_SESSION);
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("common", commonDiagnoses(form, ""));
    return "staff/clinic/complete";
  }

  /** The charges the form's outcome would bill, or the sentence that says why none show yet. */
  private VisitView preview(VisitId visitId, CompletionForm form, Model model) {
    VisitView visit = schedule.visit(visitId);
    try {
      var preview =
          switch (visit.visitType()) {
            case EVALUATION -> completion.preview(visitId, form.evaluation(), null);
            case NEEDLING_SESSION -> completion.preview(visitId, null, form.needling());
            case DISCOVERY_CALL -> completion.preview(visitId, null, null);
          };
      model.addAttribute("charges", ChargeRows.of(preview));
    } catch (RuntimeException failure) {
      model.addAttribute("chargesRefused", errorOf(failure).orElseThrow(() -> failure).message());
    }
    return visit;
  }

  private static Optional<FormError> errorOf(RuntimeException failure) {
    String part = failure instanceof CompletionForm.RefusedPart refused ? refused.part() : null;
    return FormError.of(failure)
        .map(
            error ->
                error.field() == null && part != null
                    ? new FormError(part, error.message(), error.rule())
                    : error);
  }

  /** A common code: chosen or not. */
  public record Diagnosis(String code, String name, boolean chosen) {}

  /** The codes chosen first, then the common codes whose code or name has {@code search}. */
  private static List<Diagnosis> commonDiagnoses(CompletionForm form, String search) {
    Map<String, String> all = CommonDiagnoses.all();
    String wanted = search.strip().toLowerCase(Locale.ROOT);
    var chosen =
        form.diagnoses().stream()
            .map(code -> new Diagnosis(code, all.getOrDefault(code, "Other code"), true));
    var found =
        all.entrySet().stream()
            .filter(code -> !form.chose(code.getKey()))
            .filter(
                code ->
                    code.getKey().toLowerCase(Locale.ROOT).contains(wanted)
                        || code.getValue().toLowerCase(Locale.ROOT).contains(wanted))
            .sorted(Map.Entry.comparingByKey())
            .map(code -> new Diagnosis(code.getKey(), code.getValue(), false));
    return java.util.stream.Stream.concat(chosen, found).toList();
  }
}
