package com.needlework.query.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

  private final DocumentFormats formats = new DocumentFormats();

  @Test
  void writesAmountsInDollarsWithTwoDecimalsExactly() {
    assertThat(formats.money(Money.of("1234567.05"))).isEqualTo("$1,234,567.05");
    assertThat(formats.money(Money.ZERO)).isEqualTo("$0.00");
    assertThat(formats.money(Money.of("-50"))).isEqualTo("-$50.00");
    assertThat(formats.money(Money.of("0.1"))).isEqualTo("$0.10");
  }

  @Test
  void writesDatesUsStyleAndNothingForNoDate() {
    assertThat(formats.date(LocalDate.of(2026, 12, 2))).isEqualTo("12/02/2026");
    assertThat(formats.date(null)).isEmpty();
  }
}
