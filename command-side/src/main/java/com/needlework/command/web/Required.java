package com.needlework.command.web;

import com.needlework.api.common.InvalidValueException;

/** Presence checks for request bodies, naming the missing field. */
public final class Required {

  private Required() {}

  public static <T> T field(T value, String name) {
    if (value == null) {
      throw new InvalidValueException("The field '" + name + "' is required");
    }
    return value;
  }

  public static <T> T body(T value) {
    if (value == null) {
      throw new InvalidValueException("A JSON request body is required");
    }
    return value;
  }
}
