package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import com.needlework.api.scheduling.VisitId;
import com.needlework.query.audit.PhiAccessLog;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's day and week views. They show who is coming, so each read is audited. */
@RestController
class ScheduleController {

  private final ScheduleQueries queries;
  private final PhiAccessLog audit;

  ScheduleController(ScheduleQueries queries, PhiAccessLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  @GetMapping(value = "/api/schedule", params = "!roomId")
  DayScheduleResponse schedule(
      @RequestParam LocalDate date, @RequestParam(required = false) PractitionerId practitionerId) {
    DayScheduleResponse response = queries.day(date, practitionerId);
    audit.record("VIEW_SCHEDULE", "date=" + date + filter(practitionerId, null));
    return response;
  }

  @GetMapping(value = "/api/schedule", params = "roomId")
  RoomScheduleResponse roomSchedule(
      @RequestParam LocalDate date,
      @RequestParam RoomId roomId,
      @RequestParam(required = false) PractitionerId practitionerId) {
    if (practitionerId != null) {
      throw Refusal.invalid("Give a practitionerId or a roomId, not both");
    }
    RoomScheduleResponse response = queries.roomDay(date, roomId);
    audit.record("VIEW_SCHEDULE", "date=" + date + filter(null, roomId));
    return response;
  }

  @GetMapping("/api/schedule/week")
  WeekScheduleResponse week(
      @RequestParam LocalDate start,
      @RequestParam(required = false) PractitionerId practitionerId,
      @RequestParam(required = false) RoomId roomId) {
    WeekScheduleResponse response = queries.week(start, practitionerId, roomId);
    audit.record("VIEW_SCHEDULE_WEEK", "start=" + start + filter(practitionerId, roomId));
    return response;
  }

  @GetMapping("/api/visits/{visitId}")
  VisitView visit(@PathVariable VisitId visitId) {
    VisitView visit = queries.visit(visitId);
    audit.record("VIEW_VISIT", "visit=" + visitId);
    return visit;
  }

  private static String filter(PractitionerId practitioner, RoomId room) {
    return (practitioner == null ? "" : " practitioner=" + practitioner)
        + (room == null ? "" : " room=" + room);
  }
}
