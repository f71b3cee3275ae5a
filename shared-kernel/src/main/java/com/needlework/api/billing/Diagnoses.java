package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Refusal;
import java.util.HashSet;
import java.util.List;

/** The diagnoses an evaluation found, the primary first; a claim carries at most twelve. */
public record Diagnoses(List<DiagnosisCode> codes) {

  public static final Diagnoses NONE = new Diagnoses(List.of());
  private static final int MOST = 12;

  public Diagnoses {
    codes = codes == null ? List.of() : List.copyOf(codes);
    if (codes.size() > MOST) {
      throw Refusal.invalidField("diagnoses", "At most " + MOST + " diagnoses are recorded");
    }
    if (new HashSet<>(codes).size() != codes.size()) {
      throw Refusal.invalidField("diagnoses", "Each diagnosis is recorded once");
    }
  }

  @JsonCreator
  public static Diagnoses of(List<DiagnosisCode> codes) {
    return new Diagnoses(codes);
  }

  @JsonValue
  public List<DiagnosisCode> codes() {
    return codes;
  }

  /** The 1-based pointers a charge line gives to them: the first four, primary first. */
  public List<Integer> pointers() {
    return java.util.stream.IntStream.rangeClosed(1, Math.min(4, codes.size())).boxed().toList();
  }
}
