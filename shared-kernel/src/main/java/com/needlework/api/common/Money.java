package com.needlework.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount of US dollars, in cents; written as a decimal string such as "30.00". */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(amount, "amount");
    if (amount.stripTrailingZeros().scale() > 2) {
      throw Refusal.invalid(
          "An amount has at most two decimals (cents): " + amount.toPlainString());
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  @JsonCreator
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  public static Money of(String amount) {
    try {
      return new Money(new BigDecimal(amount.strip()));
    } catch (NumberFormatException | NullPointerException notAnAmount) {
      throw Refusal.invalid("'" + Texts.quote(amount) + "' is not an amount such as 30.00");
    }
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @JsonValue
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
