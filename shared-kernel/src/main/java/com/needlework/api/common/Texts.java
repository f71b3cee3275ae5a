package com.needlework.api.common;

/**
 * Checks for the free-text fields of messages. Names, contact details and identifiers are one line;
 * notes and reasons may also hold tabs and line breaks. No text holds any other control character
 * (PostgreSQL cannot store NUL, and the others only hide or garble what staff read) or half of a
 * surrogate pair (it is not Unicode and would be stored as '?').
 */
public final class Texts {

  /** How much of a refused value a message quotes back. */
  public static final int QUOTED_LENGTH = 100;

  private Texts() {}

  public static String required(String value, String what, int maxLength) {
    return limited(oneLine(present(value, what), what), what, maxLength);
  }

  public static String optional(String value, String what, int maxLength) {
    return isBlank(value) ? null : limited(oneLine(value.strip(), what), what, maxLength);
  }

  public static String requiredMultiline(String value, String what, int maxLength) {
    return limited(multiline(present(value, what), what), what, maxLength);
  }

  public static String optionalMultiline(String value, String what, int maxLength) {
    return isBlank(value) ? null : limited(multiline(value.strip(), what), what, maxLength);
  }

  /** Refuses control characters and broken surrogates in a one-line text; null passes. */
  public static String oneLine(String value, String what) {
    int bad = firstForbidden(value, false);
    if (bad >= 0) {
      throw Refusal.invalid(
          "The "
              + what
              + " must be one line of text without control characters (found "
              + describeAt(value, bad)
              + ")");
    }
    return value;
  }

  /** Refuses control characters other than tab and line breaks, and broken surrogates. */
  public static String multiline(String value, String what) {
    int bad = firstForbidden(value, true);
    if (bad >= 0) {
      throw Refusal.invalid(
          "The "
              + what
              + " may hold tabs and line breaks but no other control characters (found "
              + describeAt(value, bad)
              + ")");
    }
    return value;
  }

  /**
   * A value as a refusal may quote it back: at most {@value #QUOTED_LENGTH} characters, control
   * characters written as {@code \\uXXXX}, so an answer never echoes a megabyte or a raw NUL.
   */
  public static String quote(Object value) {
    String text = String.valueOf(value);
    StringBuilder quoted = new StringBuilder();
    int end = Math.min(text.length(), QUOTED_LENGTH);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) && !pairedAt(text, i)) {
        quoted.append("\\u%04X".formatted((int) c));
      } else {
        quoted.append(c);
      }
    }
    if (text.length() > end) {
      quoted.append("… (").append(text.length()).append(" characters)");
    }
    return quoted.toString();
  }

  private static String present(String value, String what) {
    if (isBlank(value)) {
      throw Refusal.invalid("A " + what + " is required");
    }
    return value.strip();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String limited(String value, String what, int maxLength) {
    if (value.length() > maxLength) {
      throw Refusal.invalid("The " + what + " is too long: at most " + maxLength + " characters");
    }
    return value;
  }

  private static int firstForbidden(String value, boolean linesAndTabs) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        if (!(linesAndTabs && (c == '\t' || c == '\n' || c == '\r'))) {
          return i;
        }
      } else if (Character.isHighSurrogate(c) && pairedAt(value, i)) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean pairedAt(String text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
    }
    return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
  }

  private static String describeAt(String value, int index) {
    char c = value.charAt(index);
    String kind = Character.isSurrogate(c) ? "half of a surrogate pair " : "";
    return kind + "U+%04X at character %d".formatted((int) c, index + 1);
  }
}
