package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.List;

/** One X12 segment as read: its tag, its position counted from ISA as 1, and its values. */
record Segment(String tag, int position, List<Value> values) {

  /** One value of an element: its repetition and its component (1 for a simple element). */
  record Value(int element, int repetition, int component, String text) {}

  Segment {
    values = List.copyOf(values);
  }

  boolean is(String tag, String firstElement) {
    return this.tag.equals(tag) && element(1).equals(firstElement);
  }

  /** The element's first repetition and first component; empty when the segment omits it. */
  String element(int number) {
    return components(number).stream().findFirst().orElse("");
  }

  /** The first component of each repetition of the element. */
  List<String> repetitions(int number) {
    return values.stream()
        .filter(value -> value.element() == number && value.component() == 1)
        .map(Value::text)
        .toList();
  }

  /** The components of the element's first repetition. */
  List<String> components(int number) {
    return values.stream()
        .filter(value -> value.element() == number && value.repetition() == 1)
        .map(Value::text)
        .toList();
  }

  Refusal malformed(String problem) {
    return MalformedX12.refusal(tag, position, problem);
  }

  Refusal malformedElement(int number, String problem) {
    return malformed("element %d '%s' %s".formatted(number, Texts.quote(element(number)), problem));
  }
}
