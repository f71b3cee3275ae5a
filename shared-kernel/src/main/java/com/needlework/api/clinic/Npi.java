package com.needlework.api.clinic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Pattern;

/**
 * A National Provider Identifier: ten digits whose last is a Luhn check digit computed over the
 * card-issuer prefix 80840 and the first nine digits (the CMS standard).
 */
public record Npi(String value) {

  private static final Pattern TEN_DIGITS = Pattern.compile("^[0-9]{10}$");
  private static final String ISSUER_PREFIX = "80840";

  public Npi {
    if (value == null || !TEN_DIGITS.matcher(value).matches()) {
      throw Refusal.invalidField(
          "npi", "'" + Texts.quote(value) + "' is not an NPI: an NPI has ten digits");
    }
    if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
      throw Refusal.invalidField(
          "npi", "'" + value + "' is not an NPI: its check digit does not match");
    }
  }

  @JsonCreator
  public static Npi parse(String raw) {
    return new Npi(raw == null ? null : raw.strip());
  }

  /** The Luhn check digit of the nine digits behind the prefix 80840. */
  public static int checkDigit(String nineDigits) {
    String digits = ISSUER_PREFIX + nineDigits;
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
