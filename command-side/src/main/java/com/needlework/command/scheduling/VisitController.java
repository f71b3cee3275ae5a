package com.needlework.command.scheduling;

import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.web.Commands;
import com.needlework.command.web.Required;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's changes to a booked visit. */
@RestController
class VisitController {

  private final Commands commands;

  VisitController(Commands commands) {
    this.commands = commands;
  }

  record RescheduleBody(OffsetDateTime start) {}

  record CancelBody(String reason) {}

  record VisitChanged(String visitId, String change) {}

  @PostMapping("/api/visits/{visitId}/reschedule")
  VisitChanged reschedule(
      @PathVariable String visitId, @RequestBody(required = false) RescheduleBody body) {
    VisitId id = VisitId.parse(visitId);
    OffsetDateTime start = Required.field(Required.body(body).start(), "start");
    commands.sendTo("visit", id, new RescheduleVisitCommand(id, start.toInstant()));
    return new VisitChanged(id.toString(), "RESCHEDULED");
  }

  @PostMapping("/api/visits/{visitId}/cancel")
  VisitChanged cancel(
      @PathVariable String visitId, @RequestBody(required = false) CancelBody body) {
    VisitId id = VisitId.parse(visitId);
    commands.sendTo("visit", id, new CancelVisitCommand(id, Required.body(body).reason()));
    return new VisitChanged(id.toString(), "CANCELLED");
  }
}
