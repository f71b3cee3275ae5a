package com.needlework.ops.workspace.admin;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A posted form's fields read as the API's JSON would be: blank is absent, bad input refused. */
record Inputs(Map<String, String> form) {

  String text(String name) {
    String value = form.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  boolean checked(String name) {
    return form.containsKey(name);
  }

  Money money(String name) {
    String value = text(name);
    return value == null ? null : Money.of(value);
  }

  LocalDate date(String name) {
    String value = text(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      throw Refusal.invalidField(
          name, "'" + Texts.quote(value) + "' is not a date such as 2027-01-31");
    }
  }

  LocalTime time(String name) {
    String value = text(name);
    try {
      return value == null ? null : LocalTime.parse(value);
    } catch (DateTimeParseException notATime) {
      throw Refusal.invalidField(name, "'" + Texts.quote(value) + "' is not a time such as 08:00");
    }
  }
}
