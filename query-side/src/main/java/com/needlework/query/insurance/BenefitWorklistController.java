package com.needlework.query.insurance;

import com.needlework.query.audit.PhiAccessLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worklists of benefits and plans running out; they name patients, so reads are audited. */
@RestController
class BenefitWorklistController {

  private final InsuranceQueries queries;
  private final PhiAccessLog audit;

  BenefitWorklistController(InsuranceQueries queries, PhiAccessLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  @GetMapping("/api/benefit-deadlines")
  List<DeadlineEntry> deadlines(@RequestParam(defaultValue = "60") int within) {
    List<DeadlineEntry> entries = queries.deadlines(within);
    audit.record("VIEW_BENEFIT_DEADLINES", "within=" + within);
    return entries;
  }

  @GetMapping("/api/benefit-deadlines/use-before-reset")
  List<UseBeforeReset> useBeforeReset(@RequestParam(defaultValue = "45") int within) {
    List<UseBeforeReset> entries = queries.useBeforeReset(within);
    audit.record("VIEW_BENEFIT_DEADLINES", "use-before-reset within=" + within);
    return entries;
  }
}
