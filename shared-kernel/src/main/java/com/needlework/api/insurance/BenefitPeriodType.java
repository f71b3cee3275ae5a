package com.needlework.api.insurance;

public enum BenefitPeriodType {
  CALENDAR_YEAR,
  PLAN_YEAR
}
