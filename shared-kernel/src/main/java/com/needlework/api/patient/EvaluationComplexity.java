package com.needlework.api.patient;

/** The complexity of a PT evaluation; it decides the CPT code billed (97161-97163). */
public enum EvaluationComplexity {
  LOW("97161"),
  MODERATE("97162"),
  HIGH("97163");

  private final String cptCode;

  EvaluationComplexity(String cptCode) {
    this.cptCode = cptCode;
  }

  public String cptCode() {
    return cptCode;
  }
}
