package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Pattern;

/** A US postal address, as a claim or a statement prints it. */
public record PostalAddress(String line1, String line2, String city, String state, String zip) {

  private static final Pattern STATE = Pattern.compile("^[A-Z]{2}$");
  private static final Pattern ZIP = Pattern.compile("^[0-9]{5}([0-9]{4})?$");

  public PostalAddress {
    line1 = Texts.required(line1, "address line", 55);
    line2 = Texts.optional(line2, "second address line", 55);
    city = Texts.required(city, "city", 30);
    if (state == null || !STATE.matcher(state).matches()) {
      throw Refusal.invalidField("state", "The state is a two-letter code such as CA");
    }
    zip = zip == null ? null : zip.strip().replace("-", "");
    if (zip == null || !ZIP.matcher(zip).matches()) {
      throw Refusal.invalidField("zip", "The ZIP code has 5 or 9 digits, such as 94110");
    }
  }
}
