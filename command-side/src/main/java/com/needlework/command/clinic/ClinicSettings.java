package com.needlework.command.clinic;

import com.needlework.api.billing.Prices;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.VisitFees;

/** The open clinic, its fee schedule and policy fees, read on the command side. */
public interface ClinicSettings {

  /** The clinic this deployment serves; refused while none is open. */
  ClinicId clinicId();

  VisitFees visitFees();

  /** The fee schedule: every price every code had or will have. */
  Prices prices();
}
