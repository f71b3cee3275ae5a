package com.needlework.ops.workspace.admin;

import com.needlework.ops.workspace.FormError;
import java.util.List;

/**
 * A refused admin form: which form ({@code room}, {@code fee} …) and the API's sentence, placed at
 * the field it names, or at the form's first field when it names none of the form's fields.
 */
public record Refused(String form, FormError error) {

  /** The refusal in a failure's causes; any other failure is thrown on. */
  static Refused of(RuntimeException failure, String form, String... fields) {
    FormError error = FormError.of(failure).orElseThrow(() -> failure);
    if (error.field() == null || !List.of(fields).contains(error.field())) {
      error = new FormError(fields[0], error.message(), error.rule());
    }
    return new Refused(form, error);
  }

  public boolean isFor(String form, String field) {
    return this.form.equals(form) && error.isFor(field);
  }

  public String message() {
    return error.message();
  }
}
