package com.needlework.api.billing;

/** Who is asked to pay a charge line: the coverage the visit was booked under, or the patient. */
public enum ChargePayer {
  COVERED,
  SELF_PAY
}
