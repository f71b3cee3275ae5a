package com.needlework.command.web;

import com.needlework.api.common.Refusal;

/** Presence checks for request bodies, naming the missing field. */
public final class Required {

  private Required() {}

  public static <T> T field(T value, String name) {
    if (value == null) {
      throw Refusal.invalid("The field '" + name + "' is required");
    }
    return value;
  }

  public static <T> T body(T value) {
    if (value == null) {
      throw Refusal.invalid("A JSON request body is required");
    }
    return value;
  }
}
