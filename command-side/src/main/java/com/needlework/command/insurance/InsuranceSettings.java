package com.needlework.command.insurance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How many days before an authorization expires the front desk is warned (default 14). */
@Component
public class InsuranceSettings {

  private final int authorizationWarningDays;

  public InsuranceSettings(
      @Value("${needlework.insurance.authorization-warning-days:14}")
          int authorizationWarningDays) {
    this.authorizationWarningDays = authorizationWarningDays;
  }

  public int authorizationWarningDays() {
    return authorizationWarningDays;
  }
}
