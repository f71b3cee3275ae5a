package com.needlework.query.availability;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import com.needlework.query.web.Caller;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open slots; anonymous callers see publicly bookable types within notice and horizon. Needling
 * slots are those the given patient would be allowed; other visit types ignore the patient.
 */
@RestController
class AvailabilityController {

  private final AvailabilityQueries queries;

  AvailabilityController(AvailabilityQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/availability")
  List<AvailableSlot> availability(
      @RequestParam VisitType visitType,
      @RequestParam LocalDate from,
      @RequestParam LocalDate to,
      @RequestParam(required = false) PractitionerId practitionerId,
      @RequestParam(required = false) PatientId patientId) {
    return queries
        .find(new SlotSearch(visitType, from, to, practitionerId, patientId, Caller.channel()))
        .slots();
  }
}
