package com.needlework.api.common;

/** Checks for the free-text fields of messages. */
public final class Texts {

  private Texts() {}

  public static String required(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid("A " + what + " is required");
    }
    return limited(value.strip(), what, maxLength);
  }

  public static String optional(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return limited(value.strip(), what, maxLength);
  }

  private static String limited(String value, String what, int maxLength) {
    if (value.length() > maxLength) {
      throw Refusal.invalid("The " + what + " is too long: at most " + maxLength + " characters");
    }
    return value;
  }
}
