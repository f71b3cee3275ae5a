package com.needlework.command.insurance;

import com.needlework.api.insurance.PayerId;

/** Which payers exist, for coverages that name one. */
public interface Payers {

  boolean exists(PayerId payerId);
}
