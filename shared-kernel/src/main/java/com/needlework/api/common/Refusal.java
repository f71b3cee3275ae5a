package com.needlework.api.common;

import java.util.Map;

/**
 * A request the system refuses on purpose. Its message is written for the person who sent the
 * request; {@link #properties()} are extra facts the problem response carries (such as the rule).
 */
public interface Refusal {

  RefusalKind kind();

  String getMessage();

  default Map<String, Object> properties() {
    return Map.of();
  }
}
