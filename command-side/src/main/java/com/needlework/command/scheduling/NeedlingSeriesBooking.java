package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.SeriesId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.web.Commands;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Books a recurring series of needling sessions: every occurrence it can, each in its own
 * transaction, and says for every occurrence whether it was booked or why not. Never a silent half.
 */
@Service
public class NeedlingSeriesBooking {

  static final int MAX_OCCURRENCES = 52;

  /** What to book: {@code count} sessions at the first start's local time on the weekdays. */
  public record Request(
      PatientId patientId,
      PractitionerId practitionerId,
      RoomId roomId,
      OffsetDateTime firstStart,
      Set<DayOfWeek> weekdays,
      int count,
      boolean electricalStimulation,
      boolean selfPayAcknowledged) {

    public Request {
      Objects.requireNonNull(firstStart, "firstStart");
      if (weekdays == null || weekdays.isEmpty()) {
        throw Refusal.invalid("Name the weekdays of the series, such as [\"MONDAY\"]");
      }
      if (count < 1 || count > MAX_OCCURRENCES) {
        throw Refusal.invalid("A series has between 1 and " + MAX_OCCURRENCES + " occurrences");
      }
    }
  }

  /** One occurrence: booked (with its visit) or refused (with the rule and the reason). */
  public record Occurrence(
      OffsetDateTime start, String outcome, VisitId visitId, String rule, String reason) {}

  public record Result(SeriesId seriesId, int booked, int refused, List<Occurrence> occurrences) {}

  private final Commands commands;
  private final ClinicClock clock;

  NeedlingSeriesBooking(Commands commands, ClinicClock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  public Result book(Request request) {
    ZoneId zone = clock.zone();
    SeriesId seriesId = SeriesId.newId();
    List<Occurrence> occurrences = new ArrayList<>();
    for (ZonedDateTime start : starts(request, zone)) {
      occurrences.add(bookOne(request, seriesId, start.toOffsetDateTime()));
    }
    int booked = (int) occurrences.stream().filter(o -> o.visitId() != null).count();
    return new Result(seriesId, booked, occurrences.size() - booked, occurrences);
  }

  /** The starts in clinic-local time, so a series keeps its hour across daylight saving. */
  static List<ZonedDateTime> starts(Request request, ZoneId zone) {
    ZonedDateTime first = request.firstStart().atZoneSameInstant(zone);
    if (!request.weekdays().contains(first.getDayOfWeek())) {
      throw Refusal.invalid(
          "The first start falls on a "
              + first.getDayOfWeek()
              + ", which is not one of the series' weekdays "
              + request.weekdays());
    }
    LocalTime time = first.toLocalTime();
    List<ZonedDateTime> starts = new ArrayList<>();
    for (LocalDate date = first.toLocalDate();
        starts.size() < request.count();
        date = date.plusDays(1)) {
      if (request.weekdays().contains(date.getDayOfWeek())) {
        starts.add(ZonedDateTime.of(date, time, zone));
      }
    }
    return starts;
  }

  private Occurrence bookOne(Request request, SeriesId seriesId, OffsetDateTime start) {
    VisitId visitId = VisitId.newId();
    try {
      commands.send(
          new BookNeedlingSessionCommand(
              visitId,
              request.patientId(),
              request.practitionerId(),
              request.roomId(),
              start.toInstant(),
              request.electricalStimulation(),
              seriesId,
              request.selfPayAcknowledged()));
      return new Occurrence(start, "BOOKED", visitId, null, null);
    } catch (RuntimeException refused) {
      Refusal refusal = Causes.find(refused, Refusal.class).orElseThrow(() -> refused);
      Object rule = refusal.properties().getOrDefault("rule", refusal.kind().name());
      return new Occurrence(start, "REFUSED", null, String.valueOf(rule), refusal.getMessage());
    }
  }
}
