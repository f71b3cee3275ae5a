package com.needlework.ops.workspace.admin;

import com.needlework.api.clinic.AddRoomCommand;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.RecordPractitionerNpiCommand;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.Refusal;
import com.needlework.command.web.Commands;
import com.needlework.query.clinic.ClinicRecords;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rooms and practitioners (weekly hours, dry-needling credentials, NPI), sent as the commands POST
 * /api/rooms, POST /api/practitioners, PUT …/credentials and PUT …/npi send.
 */
@Controller
record ClinicSetupPages(Commands commands, ClinicRecords clinic) {

  @GetMapping("/staff/admin/rooms")
  String rooms(Model model) {
    return roomsPage(model, Map.of(), null);
  }

  @PostMapping("/staff/admin/rooms")
  String addRoom(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      commands.send(new AddRoomCommand(RoomId.newId(), new Inputs(form).text("name")));
      return "redirect:/staff/admin/rooms";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return roomsPage(model, form, Refused.of(failure, "room", "name"));
    }
  }

  private String roomsPage(Model model, Map<String, String> form, Refused refused) {
    model.addAttribute("rooms", clinic.rooms());
    model.addAttribute("form", form);
    model.addAttribute("refused", refused);
    return "staff/admin/rooms";
  }

  @GetMapping("/staff/admin/practitioners")
  String practitioners(Model model) {
    return practitionersPage(model, Map.of(), null);
  }

  @PostMapping("/staff/admin/practitioners")
  String register(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      WeeklyHours hours = weeklyHours(inputs);
      commands.send(
          new RegisterPractitionerCommand(PractitionerId.newId(), inputs.text("name"), hours));
      return "redirect:/staff/admin/practitioners";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return practitionersPage(
          model, form, Refused.of(failure, "practitioner", "name", "workingHours"));
    }
  }

  @PostMapping("/staff/admin/practitioners/credentials")
  String credential(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      PractitionerId id = practitioner(inputs);
      DryNeedlingCredential credential =
          new DryNeedlingCredential(inputs.text("state"), inputs.date("validUntil"));
      commands.sendTo("practitioner", id, new RecordCredentialCommand(id, credential));
      return "redirect:/staff/admin/practitioners";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return practitionersPage(
          model, form, Refused.of(failure, "credential", "state", "validUntil", "practitionerId"));
    }
  }

  @PostMapping("/staff/admin/practitioners/npi")
  String npi(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      PractitionerId id = practitioner(inputs);
      Npi npi = Npi.parse(inputs.text("npi"));
      commands.sendTo("practitioner", id, new RecordPractitionerNpiCommand(id, npi));
      return "redirect:/staff/admin/practitioners";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return practitionersPage(model, form, Refused.of(failure, "npi", "npi", "practitionerId"));
    }
  }

  private String practitionersPage(Model model, Map<String, String> form, Refused refused) {
    Map<PractitionerId, List<DryNeedlingCredential>> credentials = clinic.credentials();
    model.addAttribute(
        "practitioners",
        clinic.practitioners().stream()
            .map(p -> PractitionerRow.of(p, credentials.getOrDefault(p.id(), List.of())))
            .toList());
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("form", form);
    model.addAttribute("refused", refused);
    return "staff/admin/practitioners";
  }

  /**
   * One period a weekday, from {@code workingHours[MONDAY].start} and {@code ….end}; a refusal of
   * the hours is shown at the hours.
   */
  private static WeeklyHours weeklyHours(Inputs inputs) {
    try {
      List<WorkingPeriod> periods = new ArrayList<>();
      for (DayOfWeek day : DayOfWeek.values()) {
        String field = "workingHours[" + day + "]";
        LocalTime start = inputs.time(field + ".start");
        LocalTime end = inputs.time(field + ".end");
        if (start == null && end == null) {
          continue;
        }
        if (start == null || end == null) {
          throw Refusal.invalid("A working period on " + day + " needs a start and an end");
        }
        periods.add(new WorkingPeriod(day, start, end));
      }
      return new WeeklyHours(periods);
    } catch (Refusal refused) {
      throw Refusal.invalidField("workingHours", refused.getMessage());
    }
  }

  private static PractitionerId practitioner(Inputs inputs) {
    String id = inputs.text("practitionerId");
    try {
      return new PractitionerId(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw Refusal.invalidField("practitionerId", "Choose a practitioner");
    }
  }
}
