package com.needlework.api.scheduling;

/** Who booked: the public online (notice and horizon apply) or the clinic's staff. */
public enum BookingChannel {
  PUBLIC,
  STAFF
}
