package com.needlework.query.schedule;

/** Who a visit is for: a prospect (discovery call) or a patient. PHI. */
public record Attendee(String kind, String id, String name, String phone) {

  @Override
  public String toString() {
    return "Attendee[kind=%s, id=%s]".formatted(kind, id);
  }
}
