package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM diagnosis code as written on a claim: a letter (not U), a digit, a digit or letter,
 * then optionally a dot and one to four more, such as M54.50.
 */
public record DiagnosisCode(String value) {

  private static final Pattern ICD_10_CM =
      Pattern.compile("^[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$");

  public DiagnosisCode {
    if (value == null || !ICD_10_CM.matcher(value).matches()) {
      throw Refusal.invalidField(
          "diagnoses", "'" + Texts.quote(value) + "' is not an ICD-10-CM code such as M54.50");
    }
  }

  @JsonCreator
  public static DiagnosisCode parse(String raw) {
    return new DiagnosisCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
