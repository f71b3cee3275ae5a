package com.needlework.ops.workspace.desk;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.BenefitRule;
import com.needlework.api.patient.NeedlingRule;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import com.needlework.ops.workspace.FormError;
import com.needlework.ops.workspace.Labels;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.availability.AvailabilityQueries;
import com.needlework.query.availability.AvailableSlot;
import com.needlework.query.availability.SlotSearch;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.patient.PatientRecords;
import com.needlework.query.web.Caller;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The booking form: the visit type, the patient found by name, the practitioner, the room and one
 * of the times really free for them; booking sends the same commands as POST /api/evaluations and
 * /api/needling-sessions, and a refusal comes back as its sentence next to its field.
 */
@Controller
class BookingPage {

  /** Benefits that do not pay for the visit as booked, which the patient may pay themselves. */
  private static final Set<String> SELF_PAY_RULES =
      Set.of(
          BenefitRule.BENEFIT_VISITS_EXHAUSTED.name(),
          BenefitRule.AUTHORIZATION_EXPIRED.name(),
          BenefitRule.AUTHORIZATION_EXHAUSTED.name());

  private static final Set<String> PATIENT_RULES =
      Set.of(
          NeedlingRule.EVALUATION_REQUIRED.name(),
          NeedlingRule.PLAN_OF_CARE_EXPIRED.name(),
          NeedlingRule.PLAN_OF_CARE_EXHAUSTED.name(),
          NeedlingRule.CONTRAINDICATION_OPEN.name(),
          BenefitRule.ABN_REQUIRED.name(),
          "UNKNOWN_PATIENT");

  private static final Set<String> PRACTITIONER_RULES =
      Set.of(NeedlingRule.PRACTITIONER_NOT_CREDENTIALED.name(), "UNKNOWN_PRACTITIONER");

  private static final Set<String> ROOM_RULES = Set.of("UNKNOWN_ROOM", "ROOM_REQUIRED");

  /** A patient offered as a choice. */
  record PatientChoice(String patientId, String name, String born, boolean chosen) {}

  record VisitTypeChoice(String value, String label) {}

  private final Commands commands;
  private final AvailabilityQueries availability;
  private final PatientRecords patients;
  private final ClinicRecords clinic;
  private final ClinicClock clock;
  private final PhiAccessLog audit;

  BookingPage(
      Commands commands,
      AvailabilityQueries availability,
      PatientRecords patients,
      ClinicRecords clinic,
      ClinicClock clock,
      PhiAccessLog audit) {
    this.commands = commands;
    this.availability = availability;
    this.patients = patients;
    this.clinic = clinic;
    this.clock = clock;
    this.audit = audit;
  }

  @GetMapping("/staff/desk/book")
  String form(BookingForm form, Model model) {
    render(form.onOrAfter(clock.today()), model);
    return "staff/desk/book";
  }

  @GetMapping("/staff/desk/book/patients")
  String patientChoices(BookingForm form, Model model) {
    model.addAttribute("form", form);
    choices(form, model);
    return "staff/desk/book :: patients";
  }

  @GetMapping("/staff/desk/book/slots")
  String freeTimes(BookingForm form, Model model) {
    BookingForm shown = form.onOrAfter(clock.today());
    model.addAttribute("form", shown);
    model.addAttribute("slots", slots(shown));
    model.addAttribute("taken", false);
    return "staff/desk/book :: slots";
  }

  @PostMapping("/staff/desk/book")
  String book(BookingForm posted, Model model) {
    BookingForm form = posted.onOrAfter(clock.today());
    Optional<OffsetDateTime> start = form.startAt(clock.zone());
    if (form.patientId() == null) {
      return refused(
          form,
          new FormError(
              "patientId", "Choose the patient: type part of their name, then pick them", null),
          model);
    }
    if (form.practitionerId() == null) {
      return refused(form, new FormError("practitionerId", "Choose the practitioner", null), model);
    }
    if (start.isEmpty()) {
      return refused(form, new FormError("start", "Choose one of the free times", null), model);
    }
    try {
      var room = form.roomId();
      if (room == null) {
        Optional<AvailableSlot> free = freeAt(form, start.get());
        if (free.isEmpty()) {
          return taken(form, model);
        }
        room = free.get().roomId();
      }
      VisitId visitId = VisitId.newId();
      commands.send(
          form.needling()
              ? new BookNeedlingSessionCommand(
                  visitId,
                  form.patientId(),
                  form.practitionerId(),
                  room,
                  start.get().toInstant(),
                  form.electricalStimulation(),
                  null,
                  form.selfPayAcknowledged())
              : new BookEvaluationCommand(
                  visitId,
                  form.patientId(),
                  form.practitionerId(),
                  room,
                  start.get().toInstant(),
                  form.selfPayAcknowledged()));
      return "redirect:/staff/desk/visits/" + visitId + "?done=booked";
    } catch (RuntimeException failure) {
      Refusal refusal = Causes.find(failure, Refusal.class).orElseThrow(() -> failure);
      if (refusal.properties().containsKey("taken")) {
        return taken(form, model);
      }
      return refused(form, FormError.of(refusal).orElseThrow(), model);
    }
  }

  private Optional<AvailableSlot> freeAt(BookingForm form, OffsetDateTime start) {
    return availability
        .find(
            new SlotSearch(
                form.visitType(),
                form.date(),
                form.date(),
                form.practitionerId(),
                form.patientId(),
                Caller.channel()))
        .slots()
        .stream()
        .filter(slot -> slot.start().isEqual(start))
        .findFirst();
  }

  private String taken(BookingForm form, Model model) {
    render(form.withoutStart(), model);
    model.addAttribute("taken", true);
    return "staff/desk/book";
  }

  private String refused(BookingForm form, FormError error, Model model) {
    render(form, model);
    model.addAttribute("error", error);
    model.addAttribute("errorField", fieldOf(error));
    model.addAttribute(
        "selfPayOffered", error.rule() != null && SELF_PAY_RULES.contains(error.rule()));
    return "staff/desk/book";
  }

  /** The input a refusal belongs next to: the one it names, else the one its rule is about. */
  private static String fieldOf(FormError error) {
    if (error.field() != null) {
      return error.field();
    }
    String rule = error.rule() == null ? "" : error.rule();
    if (PATIENT_RULES.contains(rule) || SELF_PAY_RULES.contains(rule)) {
      return "patientId";
    }
    if (PRACTITIONER_RULES.contains(rule)) {
      return "practitionerId";
    }
    return ROOM_RULES.contains(rule) ? "roomId" : "start";
  }

  private void render(BookingForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute(
        "visitTypes",
        List.of(VisitType.EVALUATION, VisitType.NEEDLING_SESSION).stream()
            .map(type -> new VisitTypeChoice(type.name(), Labels.visitType(type)))
            .toList());
    model.addAttribute("practitioners", clinic.practitioners());
    model.addAttribute("rooms", clinic.rooms());
    model.addAttribute("slots", slots(form));
    model.addAttribute("taken", false);
    model.addAttribute("selfPayOffered", false);
    model.addAttribute("errorField", "");
    choices(form, model);
  }

  private void choices(BookingForm form, Model model) {
    List<PatientChoice> choices = new ArrayList<>();
    String searchRefusal = null;
    if (form.patientId() != null) {
      var chosen = patients.require(form.patientId());
      audit.record("VIEW_PATIENT", "patient=" + form.patientId());
      choices.add(
          new PatientChoice(
              chosen.patientId().toString(),
              chosen.name(),
              String.valueOf(chosen.dateOfBirth()),
              true));
    }
    if (!form.patientName().isEmpty()) {
      try {
        patients.search(form.patientName()).stream()
            .filter(found -> !found.patientId().equals(form.patientId()))
            .map(
                found ->
                    new PatientChoice(
                        found.patientId().toString(),
                        found.name(),
                        String.valueOf(found.dateOfBirth()),
                        false))
            .forEach(choices::add);
        audit.record("SEARCH_PATIENTS", "search");
      } catch (Refusal refused) {
        searchRefusal = refused.getMessage();
      }
    }
    model.addAttribute("choices", choices);
    model.addAttribute("searchRefusal", searchRefusal);
  }

  private FreeTimesView slots(BookingForm form) {
    if (form.practitionerId() == null) {
      return FreeTimesView.hint("Choose the practitioner to see their free times.");
    }
    if (form.needling() && form.patientId() == null) {
      return FreeTimesView.hint("Choose the patient to see the times they may be needled.");
    }
    FreeTimes free =
        FreeTimes.find(
            availability,
            new SlotSearch(
                form.visitType(),
                form.date(),
                form.date(),
                form.practitionerId(),
                form.patientId(),
                Caller.channel()));
    if (free.refusal() != null) {
      return new FreeTimesView(List.of(), free.refusal().message(), null);
    }
    if (free.slots().isEmpty()) {
      return FreeTimesView.hint("No free times that day: try another date.");
    }
    return new FreeTimesView(SlotChoice.of(free.slots(), form.startAt(clock.zone())), null, null);
  }

  /** The free times as the form shows them, the refusal that leaves none, or a hint. */
  record FreeTimesView(List<SlotChoice> choices, String refusal, String hint) {
    static FreeTimesView hint(String hint) {
      return new FreeTimesView(List.of(), null, hint);
    }
  }
}
