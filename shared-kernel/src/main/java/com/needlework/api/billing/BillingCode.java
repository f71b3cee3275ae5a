package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Pattern;

/** A CPT code (five digits, such as 97110) or a HCPCS Level II code (a letter and four digits). */
public record BillingCode(String value) implements Comparable<BillingCode> {

  private static final Pattern CODE = Pattern.compile("^([0-9]{5}|[A-Z][0-9]{4})$");

  public BillingCode {
    if (value == null || !CODE.matcher(value).matches()) {
      throw Refusal.invalidField(
          "code", "'" + Texts.quote(value) + "' is not a CPT or HCPCS code such as 97110 or G0283");
    }
  }

  @JsonCreator
  public static BillingCode parse(String raw) {
    return new BillingCode(raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public int compareTo(BillingCode other) {
    return value.compareTo(other.value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
