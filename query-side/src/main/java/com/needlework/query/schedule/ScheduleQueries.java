package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import com.needlework.api.scheduling.VisitId;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import com.needlework.query.clinic.ClinicRecords.RoomView;
import com.needlework.query.clinic.Labels;
import com.needlework.query.schedule.DayScheduleResponse.PractitionerDay;
import com.needlework.query.schedule.RoomScheduleResponse.RoomDay;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers the day and week schedules and the day sheet from the read models. */
@Component
public class ScheduleQueries {

  private final VisitRecords visits;
  private final ClinicRecords clinicRecords;
  private final ClinicClock clock;

  ScheduleQueries(VisitRecords visits, ClinicRecords clinicRecords, ClinicClock clock) {
    this.visits = visits;
    this.clinicRecords = clinicRecords;
    this.clock = clock;
  }

  /** The day on the query bus, in the shared kernel's shape. */
  public DayScheduleResponse day(LocalDate date, PractitionerId practitioner) {
    ZoneId zone = clock.zone();
    List<PractitionerView> practitioners = clinicRecords.practitioners(practitioner);
    Labels labels = clinicRecords.labels();
    List<VisitView> day =
        visitsOn(ClinicDay.of(date, zone), practitioner, null).stream()
            .map(row -> VisitView.of(row, zone, labels))
            .toList();
    return new DayScheduleResponse(
        date,
        zone,
        practitioners.stream()
            .map(
                p ->
                    new PractitionerDay(
                        p.id(),
                        p.name(),
                        day.stream().filter(v -> v.practitionerId().equals(p.id())).toList()))
            .toList());
  }

  /** One visit as every schedule shows it; refused as not found for an unknown visit. */
  public VisitView visit(VisitId visitId) {
    return visits
        .byId(visitId)
        .map(row -> VisitView.of(row, clock.zone(), clinicRecords.labels()))
        .orElseThrow(() -> Refusal.notFound("visit", visitId));
  }

  public RoomScheduleResponse roomDay(LocalDate date, RoomId room) {
    ZoneId zone = clock.zone();
    List<RoomView> rooms = clinicRecords.rooms(room);
    Labels labels = clinicRecords.labels();
    List<VisitView> day =
        visitsOn(ClinicDay.of(date, zone), null, room).stream()
            .map(row -> VisitView.of(row, zone, labels))
            .toList();
    return new RoomScheduleResponse(
        date,
        zone,
        rooms.stream()
            .map(
                r ->
                    new RoomDay(
                        r.id(),
                        r.name(),
                        day.stream().filter(v -> r.id().equals(v.roomId())).toList()))
            .toList());
  }

  public WeekScheduleResponse week(LocalDate start, PractitionerId practitioner, RoomId room) {
    if (practitioner != null && room != null) {
      throw Refusal.invalid("Give a practitionerId or a roomId, not both");
    }
    ZoneId zone = clock.zone();
    Labels labels = clinicRecords.labels();
    labels.requireKnown(practitioner, room);
    List<ClinicDay> week = ClinicDay.week(start, zone);
    List<VisitView> views =
        visits
            .startingBetween(
                week.get(0).start().toInstant(),
                week.get(week.size() - 1).end().toInstant(),
                practitioner,
                room)
            .stream()
            .map(row -> VisitView.of(row, zone, labels))
            .toList();
    return WeekScheduleResponse.of(week, zone, views);
  }

  public DaySheet daySheet(LocalDate date) {
    ZoneId zone = clock.zone();
    Labels labels = clinicRecords.labels();
    List<VisitView> day =
        visitsOn(ClinicDay.of(date, zone), null, null).stream()
            .map(row -> VisitView.of(row, zone, labels))
            .toList();
    return DaySheet.of(date, zone, clock.now(), day);
  }

  private List<VisitRow> visitsOn(ClinicDay day, PractitionerId practitioner, RoomId room) {
    return visits.startingBetween(
        day.start().toInstant(), day.end().toInstant(), practitioner, room);
  }
}
