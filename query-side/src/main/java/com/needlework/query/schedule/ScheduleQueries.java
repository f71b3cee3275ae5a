package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import com.needlework.api.scheduling.FindScheduleQuery;
import com.needlework.api.scheduling.ScheduleResponse;
import com.needlework.api.scheduling.ScheduleResponse.ScheduledVisit;
import com.needlework.query.clinic.ClinicDirectory;
import com.needlework.query.clinic.ClinicDirectory.PractitionerView;
import com.needlework.query.clinic.ClinicDirectory.RoomView;
import com.needlework.query.clinic.Labels;
import com.needlework.query.schedule.DayScheduleResponse.PractitionerDay;
import com.needlework.query.schedule.RoomScheduleResponse.RoomDay;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the day and week schedules and the day sheet from the read models. */
@Component
class ScheduleQueries {

  private final ScheduleVisits visits;
  private final ClinicDirectory directory;
  private final Clock clock;

  ScheduleQueries(ScheduleVisits visits, ClinicDirectory directory, Clock clock) {
    this.visits = visits;
    this.directory = directory;
    this.clock = clock;
  }

  /** The day on the query bus, in the shared kernel's shape. */
  @QueryHandler
  ScheduleResponse handle(FindScheduleQuery query) {
    DayScheduleResponse day = day(query.date(), query.practitionerId());
    return new ScheduleResponse(
        day.date(),
        day.zone(),
        day.practitioners().stream()
            .map(
                p ->
                    new ScheduleResponse.PractitionerDay(
                        p.practitionerId(),
                        p.practitionerName(),
                        p.visits().stream().map(ScheduleQueries::scheduled).toList()))
            .toList());
  }

  DayScheduleResponse day(LocalDate date, PractitionerId practitioner) {
    ZoneId zone = directory.openClinic().zone();
    List<PractitionerView> practitioners = directory.practitioners(practitioner);
    Labels labels = directory.labels();
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

  RoomScheduleResponse roomDay(LocalDate date, RoomId room) {
    ZoneId zone = directory.openClinic().zone();
    List<RoomView> rooms = directory.rooms(room);
    Labels labels = directory.labels();
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

  WeekScheduleResponse week(LocalDate start, PractitionerId practitioner, RoomId room) {
    if (practitioner != null && room != null) {
      throw Refusal.invalid("Give a practitionerId or a roomId, not both");
    }
    ZoneId zone = directory.openClinic().zone();
    Labels labels = directory.labels();
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

  DaySheet daySheet(LocalDate date) {
    ZoneId zone = directory.openClinic().zone();
    Labels labels = directory.labels();
    List<VisitView> day =
        visitsOn(ClinicDay.of(date, zone), null, null).stream()
            .map(row -> VisitView.of(row, zone, labels))
            .toList();
    return DaySheet.of(date, zone, clock.instant(), day);
  }

  private List<VisitRow> visitsOn(ClinicDay day, PractitionerId practitioner, RoomId room) {
    return visits.startingBetween(
        day.start().toInstant(), day.end().toInstant(), practitioner, room);
  }

  private static ScheduledVisit scheduled(VisitView visit) {
    return new ScheduledVisit(
        visit.visitId(),
        visit.visitType(),
        visit.start(),
        visit.end(),
        visit.practitionerId(),
        visit.practitionerName(),
        visit.roomId(),
        visit.status(),
        visit.lateCancellation(),
        visit.attendee());
  }
}
