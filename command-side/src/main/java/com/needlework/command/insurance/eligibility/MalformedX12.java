package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.Refusal;

/**
 * Refusals of an X12 file that cannot be read as an eligibility response. When the fault is in a
 * segment, the refusal names its tag ({@code segment}) and its position counted from ISA as 1
 * ({@code position}).
 */
final class MalformedX12 {

  private MalformedX12() {}

  static Refusal refusal(String message) {
    return Refusal.invalid(message);
  }

  static Refusal refusal(String segment, int position, String problem) {
    return Refusal.invalid("Segment %d (%s): %s".formatted(position, segment, problem))
        .with("segment", segment)
        .with("position", position);
  }
}
