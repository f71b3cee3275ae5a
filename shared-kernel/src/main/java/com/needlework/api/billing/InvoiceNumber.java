package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An invoice's number, INV-2026-000123: unique and without gaps within its year. */
public record InvoiceNumber(int year, int sequence) implements Comparable<InvoiceNumber> {

  private static final Pattern FORMAT = Pattern.compile("^INV-([0-9]{4})-([0-9]{6,9})$");

  public InvoiceNumber {
    if (year < 2000 || year > 9999 || sequence < 1) {
      throw Refusal.invalidField("invoiceNumber", "An invoice number is such as INV-2026-000123");
    }
  }

  @JsonCreator
  public static InvoiceNumber parse(String raw) {
    Matcher match = FORMAT.matcher(raw == null ? "" : raw.strip());
    if (!match.matches()) {
      throw Refusal.invalidField(
          "invoiceNumber",
          "'" + Texts.quote(raw) + "' is not an invoice number such as INV-2026-000123");
    }
    return new InvoiceNumber(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
  }

  @Override
  public int compareTo(InvoiceNumber other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(sequence, other.sequence);
  }

  @JsonValue
  @Override
  public String toString() {
    return "INV-%04d-%06d".formatted(year, sequence);
  }
}
