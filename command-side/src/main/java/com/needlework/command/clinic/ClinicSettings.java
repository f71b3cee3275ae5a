package com.needlework.command.clinic;

import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.VisitFees;

/** The open clinic and the fees its policy charges, read on the command side. */
public interface ClinicSettings {

  /** The clinic this deployment serves; refused while none is open. */
  ClinicId clinicId();

  VisitFees visitFees();
}
