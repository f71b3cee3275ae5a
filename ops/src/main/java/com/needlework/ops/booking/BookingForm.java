package com.needlework.ops.booking;

/** What the booking page posts; {@code slot} is the chosen start, {@code week} the shown week. */
record BookingForm(
    String name, String phone, String email, String reason, String slot, String week) {

  static BookingForm empty() {
    return new BookingForm("", "", "", "", "", "");
  }
}
