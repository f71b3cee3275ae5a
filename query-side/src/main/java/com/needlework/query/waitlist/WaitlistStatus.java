package com.needlework.query.waitlist;

/** Where a waitlist entry stands: waiting for a slot, holding an offer, or booked from one. */
enum WaitlistStatus {
  WAITING,
  OFFERED,
  BOOKED
}
