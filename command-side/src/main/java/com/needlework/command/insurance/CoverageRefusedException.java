package com.needlework.command.insurance;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

/** A coverage change refused: a conflict with its state, or a rule (with its name). */
class CoverageRefusedException extends AxonNonTransientException implements Refusal {

  private final RefusalKind kind;
  private final String rule;

  private CoverageRefusedException(RefusalKind kind, String rule, String message) {
    super(message);
    this.kind = kind;
    this.rule = rule;
  }

  static CoverageRefusedException conflict(String message) {
    return new CoverageRefusedException(RefusalKind.CONFLICT, null, message);
  }

  static CoverageRefusedException rule(String rule, String message) {
    return new CoverageRefusedException(RefusalKind.RULE_VIOLATED, rule, message);
  }

  @Override
  public RefusalKind kind() {
    return kind;
  }

  @Override
  public Map<String, Object> properties() {
    return rule == null ? Map.of() : Map.of("rule", rule);
  }
}
