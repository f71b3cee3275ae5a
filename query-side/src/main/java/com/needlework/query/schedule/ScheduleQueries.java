package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.FindScheduleQuery;
import com.needlework.api.scheduling.ScheduleResponse;
import com.needlework.api.scheduling.ScheduleResponse.Attendee;
import com.needlework.api.scheduling.ScheduleResponse.PractitionerDay;
import com.needlework.api.scheduling.ScheduleResponse.ScheduledVisit;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.query.clinic.ClinicDirectory;
import com.needlework.query.clinic.ClinicDirectory.ClinicView;
import com.needlework.query.clinic.ClinicDirectory.PractitionerView;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers a day's schedule from the read models. */
@Component
class ScheduleQueries {

  private final JdbcClient jdbc;
  private final ClinicDirectory directory;

  ScheduleQueries(JdbcClient jdbc, ClinicDirectory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  @QueryHandler
  ScheduleResponse handle(FindScheduleQuery query) {
    ClinicView clinic = directory.openClinic();
    ZoneId zone = clinic.zone();
    List<PractitionerView> practitioners = directory.practitioners(query.practitionerId());
    OffsetDateTime dayStart = query.date().atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime dayEnd = query.date().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    List<ScheduledVisit> visits =
        jdbc.sql(
                "SELECT v.*, p.name AS prospect_name, p.phone AS prospect_phone"
                    + " FROM rm_visit v LEFT JOIN rm_prospect p ON p.prospect_id = v.prospect_id"
                    + " WHERE v.start_at >= :from AND v.start_at < :to"
                    + " ORDER BY v.start_at, v.visit_id")
            .param("from", dayStart)
            .param("to", dayEnd)
            .query(
                (rs, row) -> {
                  PractitionerId practitionerId =
                      new PractitionerId(rs.getObject("practitioner_id", UUID.class));
                  UUID room = rs.getObject("room_id", UUID.class);
                  UUID prospect = rs.getObject("prospect_id", UUID.class);
                  return new ScheduledVisit(
                      new VisitId(rs.getObject("visit_id", UUID.class)),
                      VisitType.valueOf(rs.getString("visit_type")),
                      local(rs.getObject("start_at", OffsetDateTime.class), zone),
                      local(rs.getObject("end_at", OffsetDateTime.class), zone),
                      practitionerId,
                      nameOf(practitionerId, practitioners),
                      room == null ? null : new RoomId(room),
                      VisitStatus.valueOf(rs.getString("status")),
                      rs.getBoolean("late_cancellation"),
                      prospect == null
                          ? null
                          : new Attendee(
                              "PROSPECT",
                              prospect.toString(),
                              rs.getString("prospect_name"),
                              rs.getString("prospect_phone")));
                })
            .list();
    List<PractitionerDay> days =
        practitioners.stream()
            .map(
                p ->
                    new PractitionerDay(
                        p.id(),
                        p.name(),
                        visits.stream().filter(v -> v.practitionerId().equals(p.id())).toList()))
            .toList();
    return new ScheduleResponse(query.date(), zone, days);
  }

  private static OffsetDateTime local(OffsetDateTime stored, ZoneId zone) {
    return stored.atZoneSameInstant(zone).toOffsetDateTime();
  }

  private static String nameOf(PractitionerId id, List<PractitionerView> practitioners) {
    return practitioners.stream()
        .filter(p -> p.id().equals(id))
        .map(PractitionerView::name)
        .findFirst()
        .orElse(null);
  }
}
