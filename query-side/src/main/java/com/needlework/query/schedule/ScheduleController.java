package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import com.needlework.query.audit.PhiAccessLog;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
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
      @RequestParam LocalDate date, @RequestParam(required = false) String practitionerId) {
    PractitionerId practitioner = practitioner(practitionerId);
    DayScheduleResponse response = queries.day(date, practitioner);
    audit.record("VIEW_SCHEDULE", "date=" + date + filter(practitioner, null));
    return response;
  }

  @GetMapping(value = "/api/schedule", params = "roomId")
  RoomScheduleResponse roomSchedule(
      @RequestParam LocalDate date,
      @RequestParam String roomId,
      @RequestParam(required = false) String practitionerId) {
    if (practitionerId != null) {
      throw Refusal.invalid("Give a practitionerId or a roomId, not both");
    }
    RoomId room = RoomId.parse(roomId);
    RoomScheduleResponse response = queries.roomDay(date, room);
    audit.record("VIEW_SCHEDULE", "date=" + date + filter(null, room));
    return response;
  }

  @GetMapping("/api/schedule/week")
  WeekScheduleResponse week(
      @RequestParam LocalDate start,
      @RequestParam(required = false) String practitionerId,
      @RequestParam(required = false) String roomId) {
    PractitionerId practitioner = practitioner(practitionerId);
    RoomId room = roomId == null || roomId.isBlank() ? null : RoomId.parse(roomId);
    WeekScheduleResponse response = queries.week(start, practitioner, room);
    audit.record("VIEW_SCHEDULE_WEEK", "start=" + start + filter(practitioner, room));
    return response;
  }

  private static PractitionerId practitioner(String practitionerId) {
    return practitionerId == null || practitionerId.isBlank()
        ? null
        : PractitionerId.parse(practitionerId);
  }

  private static String filter(PractitionerId practitioner, RoomId room) {
    return (practitioner == null ? "" : " practitioner=" + practitioner)
        + (room == null ? "" : " room=" + room);
  }
}
