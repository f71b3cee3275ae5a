package com.needlework.command.insurance;

import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.EligibilityReport;
import com.needlework.api.insurance.RecordEligibilityCommand;
import com.needlework.command.insurance.eligibility.Eligibility271;
import com.needlework.command.web.Commands;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records what a payer's eligibility response (X12 271, as received) says about a coverage. A
 * malformed 271 is refused naming the segment, a 271 for another member too; either way nothing is
 * recorded.
 */
@RestController
class EligibilityController {

  static final String X12 = "application/edi-x12";

  private final Commands commands;
  private final Eligibility271 eligibility = new Eligibility271();

  EligibilityController(Commands commands) {
    this.commands = commands;
  }

  @PostMapping(value = "/api/coverages/{coverageId}/eligibility", consumes = X12)
  EligibilityReport record(@PathVariable("coverageId") CoverageId id, @RequestBody String x12) {
    EligibilityReport report = eligibility.read(x12);
    commands.sendTo("coverage", id, new RecordEligibilityCommand(id, report));
    return report;
  }
}
