package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of visit a needling clinic books. */
public enum VisitType {
  DISCOVERY_CALL,
  EVALUATION,
  NEEDLING_SESSION;

  public static VisitType parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw Refusal.invalid("A visit type is required; expected one of " + names());
    }
    return Arrays.stream(values())
        .filter(type -> type.name().equalsIgnoreCase(raw.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                Refusal.invalid(
                    "Unknown visit type '" + Texts.quote(raw) + "'; expected one of " + names()));
  }

  private static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
