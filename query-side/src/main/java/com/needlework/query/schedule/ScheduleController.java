package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.scheduling.FindScheduleQuery;
import com.needlework.api.scheduling.ScheduleResponse;
import com.needlework.query.audit.PhiAccessLog;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's day view. It shows who is coming, so each read is audited. */
@RestController
class ScheduleController {

  private final ScheduleQueries queries;
  private final PhiAccessLog audit;

  ScheduleController(ScheduleQueries queries, PhiAccessLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  @GetMapping("/api/schedule")
  ScheduleResponse schedule(
      @RequestParam LocalDate date, @RequestParam(required = false) String practitionerId) {
    PractitionerId practitioner =
        practitionerId == null || practitionerId.isBlank()
            ? null
            : PractitionerId.parse(practitionerId);
    ScheduleResponse response = queries.handle(new FindScheduleQuery(date, practitioner));
    audit.record(
        "VIEW_SCHEDULE",
        "date=" + date + (practitioner == null ? "" : " practitioner=" + practitioner));
    return response;
  }
}
