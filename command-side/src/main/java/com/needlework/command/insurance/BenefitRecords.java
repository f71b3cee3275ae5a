package com.needlework.command.insurance;

import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageStanding;
import com.needlework.api.insurance.RankedCoverage;
import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.util.List;

/**
 * What deciding how a visit is paid needs of a patient's insurance, read consistently on the
 * command side.
 */
public interface BenefitRecords {

  /** A coverage on file with what its payer's rules add; ended coverages end on their last day. */
  record CoverageOnFile(
      CoverageId coverageId,
      CoveragePriority priority,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      String payerName,
      boolean needlingCovered,
      boolean medicare,
      BenefitPeriod benefitPeriod,
      int visitsAllowed)
      implements RankedCoverage {

    @Override
    public boolean effectiveOn(LocalDate day) {
      return RankedCoverage.effectiveBetween(effectiveFrom, effectiveUntil, day);
    }
  }

  /** Every coverage of the patient. */
  List<CoverageOnFile> coverages(PatientId patientId);

  /**
   * Where the coverage stands for the day: its benefit period's counts and its authorizations',
   * held until the transaction ends, so that no other booking takes the same place meanwhile.
   */
  CoverageStanding holdStanding(CoverageOnFile coverage, LocalDate day);
}
