package com.needlework.api.clinic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Pattern;

/** A US employer identification number (TIN), written 12-3456789; kept as its nine digits. */
public record TaxId(String digits) {

  private static final Pattern NINE_DIGITS = Pattern.compile("^[0-9]{9}$");

  public TaxId {
    if (digits == null || !NINE_DIGITS.matcher(digits).matches()) {
      throw Refusal.invalidField(
          "tin", "'" + Texts.quote(digits) + "' is not a TIN such as 12-3456789 (nine digits)");
    }
  }

  @JsonCreator
  public static TaxId parse(String raw) {
    return new TaxId(raw == null ? null : raw.strip().replace("-", ""));
  }

  @JsonValue
  @Override
  public String toString() {
    return digits.substring(0, 2) + "-" + digits.substring(2);
  }
}
