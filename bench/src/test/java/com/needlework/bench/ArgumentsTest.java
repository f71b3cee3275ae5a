package com.needlework.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("calls", "1000");
    defaults.put("base-url", "http://localhost:8080");
    return defaults;
  }

  @Test
  void appliesTheArgumentsOverTheDefaults() {
    Map<String, String> values = Arguments.parse(defaults(), "--calls=200");

    assertThat(values)
        .containsEntry("calls", "200")
        .containsEntry("base-url", "http://localhost:8080");
    assertThat(Arguments.number(values, "calls", 1)).isEqualTo(200);
  }

  @Test
  void refusesAnUnknownKeyAndAnythingThatIsNotKeyEqualsValue() {
    assertThatThrownBy(() -> Arguments.parse(defaults(), "--clients=8"))
        .hasMessage("Unknown argument --clients");
    assertThatThrownBy(() -> Arguments.parse(defaults(), "calls=8"))
        .hasMessageContaining("--key=value");
  }

  @Test
  void refusesANumberBelowTheMinimumOrNotANumber() {
    assertThatThrownBy(() -> Arguments.number(Map.of("calls", "0"), "calls", 1))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Arguments.number(Map.of("calls", "ten"), "calls", 1))
        .hasMessageContaining("'ten'");
  }
}
