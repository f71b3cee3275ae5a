package com.needlework.ops.workspace;

import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import java.util.Optional;

/**
 * A refused form, as a page shows it next to the field it names: the API's own sentence, the field
 * (null when the refusal names none) and the rule (such as {@code PLAN_OF_CARE_EXHAUSTED}).
 */
public record FormError(String field, String message, String rule) {

  /** The refusal somewhere in a failure's causes, as a form error; empty for any other failure. */
  public static Optional<FormError> of(Throwable failure) {
    return Causes.find(failure, Refusal.class)
        .map(
            refusal ->
                new FormError(
                    refusal.properties().get("field") instanceof String field ? field : null,
                    refusal.getMessage(),
                    refusal.rule().orElse(null)));
  }

  public boolean isFor(String name) {
    return name.equals(field);
  }
}
