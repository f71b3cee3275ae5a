package com.needlework.api.common;

import java.util.Map;

/** A refusal outside any command handler (queries, request parsing, application services). */
public class RequestRefusedException extends RuntimeException implements Refusal {

  private final RefusalKind kind;
  private final Map<String, Object> properties;

  private RequestRefusedException(
      RefusalKind kind, String message, Map<String, Object> properties) {
    super(message);
    this.kind = kind;
    this.properties = Map.copyOf(properties);
  }

  public static RequestRefusedException notFound(String message) {
    return new RequestRefusedException(RefusalKind.NOT_FOUND, message, Map.of());
  }

  public static RequestRefusedException invalid(String message) {
    return new RequestRefusedException(RefusalKind.INVALID_INPUT, message, Map.of());
  }

  public static RequestRefusedException rule(String rule, String message) {
    return new RequestRefusedException(RefusalKind.RULE_VIOLATED, message, Map.of("rule", rule));
  }

  @Override
  public RefusalKind kind() {
    return kind;
  }

  @Override
  public Map<String, Object> properties() {
    return properties;
  }
}
