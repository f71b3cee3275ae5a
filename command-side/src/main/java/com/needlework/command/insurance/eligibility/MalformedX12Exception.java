package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;

/**
 * An X12 file that cannot be read as an eligibility response. When the fault is in a segment,
 * {@link #properties()} names its tag ({@code segment}) and its position counted from ISA as 1
 * ({@code position}).
 */
public class MalformedX12Exception extends RuntimeException implements Refusal {

  private final String segment;
  private final Integer position;

  MalformedX12Exception(String message) {
    super(message);
    this.segment = null;
    this.position = null;
  }

  MalformedX12Exception(String segment, int position, String problem) {
    super("Segment %d (%s): %s".formatted(position, segment, problem));
    this.segment = segment;
    this.position = position;
  }

  @Override
  public RefusalKind kind() {
    return RefusalKind.INVALID_INPUT;
  }

  @Override
  public Map<String, Object> properties() {
    return segment == null ? Map.of() : Map.of("segment", segment, "position", position);
  }
}
