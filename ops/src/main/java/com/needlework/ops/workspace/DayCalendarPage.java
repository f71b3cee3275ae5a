package com.needlework.ops.workspace;

import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.schedule.ScheduleQueries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front desk's day: a column per practitioner, each visit with its patient, type, room, status
 * and coverage, time off shaded, the "now" line; the grid refreshes itself every two seconds, so
 * what someone else books or cancels shows up. Opening the day is audited; so is each refresh.
 */
@Controller
record DayCalendarPage(
    ScheduleQueries schedule, ClinicRecords clinic, ClinicClock clock, PhiAccessLog audit) {

  private static final DateTimeFormatter TITLE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);

  @GetMapping("/staff/day")
  String day(@RequestParam(required = false) LocalDate date, Model model) {
    LocalDate day = grid(date, model);
    model.addAttribute("title", day.format(TITLE));
    model.addAttribute("previous", day.minusDays(1));
    model.addAttribute("next", day.plusDays(1));
    model.addAttribute("today", clock.today());
    return "staff/day";
  }

  @GetMapping("/staff/day/grid")
  String refreshed(@RequestParam LocalDate date, Model model) {
    grid(date, model);
    return "staff/day :: grid";
  }

  private LocalDate grid(LocalDate date, Model model) {
    LocalDate day = date == null ? clock.today() : date;
    ZoneId zone = clock.zone();
    model.addAttribute(
        "grid",
        CalendarGrid.of(
            schedule.day(day, null),
            clinic.timeOff(
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()),
            clock.now(),
            zone));
    model.addAttribute("zone", zone);
    audit.record("VIEW_SCHEDULE", "date=" + day);
    return day;
  }
}
