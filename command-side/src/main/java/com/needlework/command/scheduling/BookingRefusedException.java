package com.needlework.command.scheduling;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;
import org.axonframework.common.AxonNonTransientException;

/** A booking that breaks a scheduling rule; retrying it cannot help. */
public class BookingRefusedException extends AxonNonTransientException implements Refusal {

  private final SchedulingRule rule;

  public BookingRefusedException(SchedulingRule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public SchedulingRule rule() {
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
