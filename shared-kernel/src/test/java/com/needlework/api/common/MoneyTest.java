package com.needlework.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void keepsCentsExactly() {
    assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
    assertThat(Money.of("500").minus(Money.of("125.5")).toString()).isEqualTo("374.50");
  }

  @Test
  void refusesFractionsOfACent() {
    assertThatThrownBy(() -> Money.of("30.005")).isInstanceOf(Refusal.class);
  }

  @Test
  void readsNumbersAndDecimalStringsAndWritesStrings() throws Exception {
    record Body(Money copay) {}
    assertThat(json.readValue("{\"copay\":30.1}", Body.class).copay()).isEqualTo(Money.of("30.10"));
    assertThat(json.readValue("{\"copay\":\"30.10\"}", Body.class).copay())
        .isEqualTo(Money.of("30.10"));
    assertThat(json.writeValueAsString(new Body(Money.of(new BigDecimal("30.1")))))
        .isEqualTo("{\"copay\":\"30.10\"}");
  }
}
