package com.needlework.ops.workspace.billing;

import com.needlework.api.common.Refusal;
import java.util.function.Function;

/** Reads one typed input; a refusal of it is shown next to that input. */
final class FormFields {

  private FormFields() {}

  /** {@code raw} read by {@code parse}; null when blank. */
  static <T> T read(String field, String raw, Function<String, T> parse) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parse.apply(raw.strip());
    } catch (Refusal refused) {
      throw refused.properties().get("field") == null
          ? Refusal.invalidField(field, refused.getMessage())
          : refused;
    } catch (IllegalArgumentException unknown) {
      throw Refusal.invalidField(field, "'" + raw.strip() + "' is not a choice for " + field);
    }
  }

  /** Like {@link #read}, refused when blank. */
  static <T> T required(String field, String raw, Function<String, T> parse, String whenBlank) {
    T value = read(field, raw, parse);
    if (value == null) {
      throw Refusal.invalidField(field, whenBlank);
    }
    return value;
  }
}
