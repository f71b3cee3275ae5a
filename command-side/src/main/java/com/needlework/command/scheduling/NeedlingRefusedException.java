package com.needlework.command.scheduling;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import com.needlework.api.patient.NeedlingRule;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

/** A needling session the safety rules forbid, naming the rule. */
public class NeedlingRefusedException extends AxonNonTransientException implements Refusal {

  private final NeedlingRule rule;

  public NeedlingRefusedException(NeedlingRule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public NeedlingRule rule() {
    return rule;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.RULE_VIOLATED;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("rule", rule.name());
  }
}
