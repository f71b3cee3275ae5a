package com.needlework.api.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.AxonNonTransientException;

/**
 * A request the system refuses on purpose, and the only way anything refuses one: invalid input
 * (400), something that does not exist (404), a conflict with the current state (409) or a clinic
 * rule (422, naming the rule). Its message is written for the person who sent the request; {@link
 * #properties()} are the facts a problem response carries besides it (the rule, the field, the
 * current status). Retrying a refusal cannot help, so command retries never repeat one.
 */
public final class Refusal extends AxonNonTransientException {

  private final RefusalKind kind;
  private final Map<String, Object> properties;

  private Refusal(RefusalKind kind, String message, Map<String, Object> properties) {
    super(message);
    this.kind = kind;
    this.properties = Map.copyOf(properties);
  }

  /** A value that cannot exist or a request that makes no sense. */
  public static Refusal invalid(String message) {
    return new Refusal(RefusalKind.INVALID_INPUT, message, Map.of());
  }

  /** A value that cannot exist, naming the field it came in. */
  public static Refusal invalidField(String field, String message) {
    return new Refusal(RefusalKind.INVALID_INPUT, message, Map.of("field", field));
  }

  /** The thing a request addresses (in its path) does not exist. */
  public static Refusal notFound(String what, Object id) {
    return new Refusal(RefusalKind.NOT_FOUND, "There is no " + what + " with id " + id, Map.of());
  }

  /** The request conflicts with what is already there. */
  public static Refusal conflict(String message) {
    return new Refusal(RefusalKind.CONFLICT, message, Map.of());
  }

  /** The request conflicts with what is already there, naming the fact that conflicts. */
  public static Refusal conflict(String message, String fact, Object value) {
    return new Refusal(RefusalKind.CONFLICT, message, Map.of(fact, value));
  }

  /** A step the current state of something does not allow. */
  public static Refusal inState(Enum<?> currentStatus, String message) {
    return conflict(message, "currentStatus", currentStatus.name());
  }

  /** A clinic rule forbids the request; the rule's name is the answer's {@code rule}. */
  public static Refusal rule(Enum<?> rule, String message) {
    return rule(rule.name(), message);
  }

  /** A clinic rule forbids the request; the rule's name is the answer's {@code rule}. */
  public static Refusal rule(String rule, String message) {
    return new Refusal(RefusalKind.RULE_VIOLATED, message, Map.of("rule", rule));
  }

  /** The same refusal with one more fact for the answer. */
  public Refusal with(String fact, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(properties);
    more.put(fact, value);
    return new Refusal(kind, getMessage(), more);
  }

  public RefusalKind kind() {
    return kind;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  /** The rule a 422 names, if this is one. */
  public Optional<String> rule() {
    return Optional.ofNullable((String) properties.get("rule"));
  }

  /** Whether this refuses by the given rule. */
  public boolean breaks(Enum<?> rule) {
    return rule().filter(rule.name()::equals).isPresent();
  }
}
