package com.needlework.query.insurance;

import com.needlework.query.audit.PhiAccessLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The worklist of alerts the deadlines raised; it names patients, so each read is audited. */
@RestController
class BenefitAlertController {

  private final AlertRecords alerts;
  private final PhiAccessLog audit;

  BenefitAlertController(AlertRecords alerts, PhiAccessLog audit) {
    this.alerts = alerts;
    this.audit = audit;
  }

  @GetMapping("/api/alerts")
  List<BenefitAlert> alerts() {
    List<BenefitAlert> worklist = alerts.alerts();
    audit.record("VIEW_ALERTS", "alerts");
    return worklist;
  }
}
