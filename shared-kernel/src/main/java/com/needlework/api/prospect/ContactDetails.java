package com.needlework.api.prospect;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Pattern;

/** How to reach a person. Health-adjacent personal data: its text form never shows the values. */
public record ContactDetails(String name, String phone, String email) {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{7,25}$");

  public ContactDetails {
    name = Texts.required(name, "name", 200);
    phone = Texts.required(phone, "phone number", 30);
    email = Texts.required(email, "email address", 254);
    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(phone).matches() || digits < 7 || digits > 15) {
      throw Refusal.invalid(
          "The phone number must have 7 to 15 digits (spaces, +, -, ( ) allowed)");
    }
    if (!EMAIL.matcher(email).matches()) {
      throw Refusal.invalid("The email address is not valid");
    }
  }

  @Override
  public String toString() {
    return "ContactDetails[redacted]";
  }
}
