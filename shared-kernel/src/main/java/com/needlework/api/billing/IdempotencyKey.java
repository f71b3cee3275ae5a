package com.needlework.api.billing;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client's {@code Idempotency-Key}: what it creates gets an id derived from the key, so the same
 * key again reaches the first thing made with it instead of making another.
 */
public record IdempotencyKey(String value) {

  private static final Pattern PRINTABLE = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

  public IdempotencyKey {
    if (value == null || !PRINTABLE.matcher(value).matches()) {
      throw Refusal.invalidField(
          "Idempotency-Key",
          "'"
              + Texts.quote(value)
              + "' is not an Idempotency-Key: 1 to 255 visible ASCII characters, such as a UUID");
    }
  }

  /** The id of what this key creates of a kind, within a scope (such as one patient's account). */
  public UUID idOf(String kind, Object scope) {
    return UUID.nameUUIDFromBytes(
        (kind + ":" + scope + ":" + value).getBytes(StandardCharsets.UTF_8));
  }
}
