package com.needlework.api.clinic;

import com.needlework.api.billing.Fee;

/** A code's price from a day on (an entry of the fee schedule). */
public record FeeSetEvent(ClinicId clinicId, Fee fee) {}
