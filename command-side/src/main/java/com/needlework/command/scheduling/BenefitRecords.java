package com.needlework.command.scheduling;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.util.List;

/** What booking needs to know of a patient's insurance, read consistently on the command side. */
public interface BenefitRecords {

  /** A coverage as it stands for one day: its period's counts and its authorizations'. */
  record CoverageSnapshot(
      CoverageId coverageId,
      String payerName,
      CoveragePriority priority,
      boolean needlingCovered,
      DateRange period,
      int visitsAllowed,
      int visitsUsed,
      int visitsBooked,
      List<AuthorizationSnapshot> authorizations) {}

  record AuthorizationSnapshot(Authorization authorization, int used, int booked) {

    public int left() {
      return authorization.visitsAuthorized() - used - booked;
    }
  }

  /** The patient's coverages effective on the day, primary first. */
  List<CoverageSnapshot> coveragesOn(PatientId patientId, LocalDate date);
}
