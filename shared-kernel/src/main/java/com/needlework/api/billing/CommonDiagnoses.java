package com.needlework.api.billing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The ICD-10-CM codes a low-back-pain needling clinic uses most, with their names. */
public final class CommonDiagnoses {

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("M54.50", "Low back pain, unspecified");
    NAMES.put("M54.51", "Vertebrogenic low back pain");
    NAMES.put("M54.59", "Other low back pain");
    NAMES.put("M54.16", "Radiculopathy, lumbar region");
    NAMES.put("M54.17", "Radiculopathy, lumbosacral region");
    NAMES.put("M54.41", "Lumbago with sciatica, right side");
    NAMES.put("M54.42", "Lumbago with sciatica, left side");
    NAMES.put("M79.18", "Myalgia, other site");
    NAMES.put("M62.830", "Muscle spasm of back");
    NAMES.put("M53.3", "Sacrococcygeal disorders, not elsewhere classified");
    NAMES.put("M99.03", "Segmental and somatic dysfunction of lumbar region");
    NAMES.put("S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter");
  }

  private CommonDiagnoses() {}

  /** The name of a common code; empty for any other (still a valid code). */
  public static Optional<String> nameOf(DiagnosisCode code) {
    return Optional.ofNullable(NAMES.get(code.value()));
  }

  public static Map<String, String> all() {
    return Map.copyOf(NAMES);
  }
}
