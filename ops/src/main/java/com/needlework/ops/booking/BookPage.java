package com.needlework.ops.booking;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.command.scheduling.BookedDiscoveryCall;
import com.needlework.command.scheduling.DiscoveryCallBooking;
import com.needlework.command.scheduling.DiscoveryCallRequest;
import com.needlework.query.availability.AvailabilityQueries;
import com.needlework.query.availability.AvailableSlot;
import com.needlework.query.availability.OpenSlots;
import com.needlework.query.availability.SlotSearch;
import com.needlework.query.clinic.ClinicClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lists a week of discovery-call times and books the one a caller picks. */
@Controller
record BookPage(AvailabilityQueries availability, DiscoveryCallBooking booking, ClinicClock clock) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' h:mm a '(UTC'xxx')'", Locale.US);

  /** One time a caller may pick; practitioners are assigned when the call is booked. */
  record SlotOption(String value, String label, int practitionersFree) {}

  record Day(String label, List<SlotOption> slots) {}

  @GetMapping("/")
  String home() {
    return "redirect:/book";
  }

  @GetMapping("/book")
  String form(@RequestParam(required = false) String week, Model model) {
    return page(BookingForm.empty(), week, null, model);
  }

  @PostMapping("/book")
  String book(@ModelAttribute BookingForm form, Model model, RedirectAttributes redirect) {
    try {
      OffsetDateTime start = chosenStart(form.slot());
      BookedDiscoveryCall booked =
          booking.book(
              new DiscoveryCallRequest(
                  new ContactDetails(form.name(), form.phone(), form.email()),
                  start.toInstant(),
                  null,
                  form.reason(),
                  BookingChannel.PUBLIC));
      redirect.addFlashAttribute("when", WHEN.format(start));
      redirect.addFlashAttribute("visitId", booked.visitId().toString());
      return "redirect:/book/confirmed";
    } catch (RuntimeException failure) {
      Refusal refusal = Causes.find(failure, Refusal.class).orElseThrow(() -> failure);
      return page(form, form.week(), refusal.getMessage(), model);
    }
  }

  @GetMapping("/book/confirmed")
  String confirmed(Model model) {
    return model.containsAttribute("visitId") ? "booked" : "redirect:/book";
  }

  private static OffsetDateTime chosenStart(String slot) {
    if (slot == null || slot.isBlank()) {
      throw Refusal.invalid("Please pick a time for the call");
    }
    try {
      return OffsetDateTime.parse(slot);
    } catch (DateTimeParseException notATime) {
      throw Refusal.invalid("Please pick one of the listed times");
    }
  }

  private String page(BookingForm form, String week, String error, Model model) {
    LocalDate today = clock.today();
    LocalDate from = weekStart(week, today);
    OpenSlots available =
        availability.find(
            new SlotSearch(
                VisitType.DISCOVERY_CALL,
                from,
                from.plusDays(6),
                null,
                null,
                BookingChannel.PUBLIC));
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("week", from.toString());
    model.addAttribute("days", byDay(available.slots()));
    model.addAttribute("zone", available.zone().getId());
    model.addAttribute("earlier", from.isAfter(today) ? from.minusDays(7).toString() : null);
    model.addAttribute("later", from.plusDays(7).toString());
    return "book";
  }

  private static LocalDate weekStart(String week, LocalDate today) {
    if (week == null || week.isBlank()) {
      return today;
    }
    try {
      LocalDate asked = LocalDate.parse(week);
      return asked.isBefore(today) ? today : asked;
    } catch (DateTimeParseException notADate) {
      return today;
    }
  }

  private static List<Day> byDay(List<AvailableSlot> slots) {
    Map<LocalDate, Map<OffsetDateTime, Integer>> days = new LinkedHashMap<>();
    for (AvailableSlot slot : slots) {
      days.computeIfAbsent(slot.start().toLocalDate(), d -> new LinkedHashMap<>())
          .merge(slot.start(), 1, Integer::sum);
    }
    return days.entrySet().stream()
        .map(
            day ->
                new Day(
                    DAY.format(day.getKey()),
                    day.getValue().entrySet().stream()
                        .map(
                            time ->
                                new SlotOption(
                                    time.getKey().toString(),
                                    TIME.format(time.getKey()),
                                    time.getValue()))
                        .toList()))
        .toList();
  }
}
