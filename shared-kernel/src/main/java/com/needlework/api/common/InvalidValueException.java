package com.needlework.api.common;

/** A value that cannot exist: thrown by value objects that validate themselves. */
public class InvalidValueException extends IllegalArgumentException implements Refusal {

  public InvalidValueException(String message) {
    super(message);
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.INVALID_INPUT;
  }
}
