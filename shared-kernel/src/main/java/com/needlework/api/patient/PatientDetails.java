package com.needlework.api.patient;

import com.needlework.api.common.Refusal;
import com.needlework.api.prospect.ContactDetails;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** Who a patient is. Protected health information: its text form never shows the values. */
public record PatientDetails(ContactDetails contact, LocalDate dateOfBirth) {

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  // The kernel knows no clinic's zone: no one anywhere is born after the latest of all todays.

  public PatientDetails {
    Objects.requireNonNull(contact, "contact");
    if (dateOfBirth == null) {
      throw Refusal.invalid("A date of birth is required");
    }
    if (dateOfBirth.isBefore(EARLIEST_BIRTH)
        || dateOfBirth.isAfter(LocalDate.now(ZoneOffset.MAX))) {
      throw Refusal.invalid("The date of birth must lie between 1900 and today");
    }
  }

  public static PatientDetails of(String name, LocalDate dateOfBirth, String phone, String email) {
    return new PatientDetails(new ContactDetails(name, phone, email), dateOfBirth);
  }

  public String name() {
    return contact.name();
  }

  @Override
  public String toString() {
    return "PatientDetails[redacted]";
  }
}
