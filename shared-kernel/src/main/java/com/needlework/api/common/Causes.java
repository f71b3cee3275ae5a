package com.needlework.api.common;

import java.util.Optional;

/** Finds an exception of a given type in a cause chain (Axon wraps what handlers throw). */
public final class Causes {

  private Causes() {}

  public static <T> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
