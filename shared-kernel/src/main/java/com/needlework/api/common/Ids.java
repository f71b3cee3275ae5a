package com.needlework.api.common;

import java.util.UUID;

/** Parses the text form of the typed ids. */
public final class Ids {

  private Ids() {}

  public static UUID uuid(String raw, String what) {
    if (raw == null || raw.isBlank()) {
      throw Refusal.invalid("A " + what + " is required");
    }
    try {
      UUID parsed = UUID.fromString(raw.trim());
      if (!parsed.toString().equalsIgnoreCase(raw.trim())) {
        throw new IllegalArgumentException(raw);
      }
      return parsed;
    } catch (IllegalArgumentException notAUuid) {
      throw Refusal.invalid(
          "'" + Texts.quote(raw) + "' is not a valid " + what + " (expected a UUID)");
    }
  }
}
