package com.needlework.query.schedule;

import com.needlework.query.audit.PhiAccessLog;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's day sheet; it names patients and their phones, so each read is audited. */
@RestController
record DaySheetController(ScheduleQueries queries, PhiAccessLog audit) {

  @GetMapping("/api/day-sheet")
  DaySheet daySheet(@RequestParam LocalDate date) {
    DaySheet sheet = queries.daySheet(date);
    audit.record("VIEW_DAY_SHEET", "date=" + date);
    return sheet;
  }
}
