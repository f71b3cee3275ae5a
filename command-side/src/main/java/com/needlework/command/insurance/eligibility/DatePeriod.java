package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A DTP segment of a 271: what the date is (DTP01) and the day (D8) or days (RD8) it gives. */
record DatePeriod(String qualifier, DateRange range) {

  static final String BENEFIT_PERIOD = "292";

  private static final DateTimeFormatter CCYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  static DatePeriod of(Segment dtp) {
    String text = dtp.element(3);
    DateRange range =
        switch (dtp.element(2)) {
          case "D8" -> {
            LocalDate day = date(dtp, text, "is not a date such as 20260101");
            yield new DateRange(day, day);
          }
          case "RD8" -> range(dtp, text);
          default -> throw dtp.malformedElement(2, "is not a date format of a 271 (D8 or RD8)");
        };
    return new DatePeriod(dtp.element(1), range);
  }

  private static DateRange range(Segment dtp, String text) {
    String problem = "is not a date range such as 20260101-20261231";
    String[] ends = text.split("-", -1);
    if (ends.length != 2) {
      throw dtp.malformedElement(3, problem);
    }
    LocalDate start = date(dtp, ends[0], problem);
    LocalDate end = date(dtp, ends[1], problem);
    try {
      return new DateRange(start, end);
    } catch (Refusal endsBeforeItStarts) {
      throw dtp.malformedElement(3, "ends before it starts");
    }
  }

  private static LocalDate date(Segment dtp, String text, String problem) {
    try {
      return LocalDate.parse(text, CCYYMMDD);
    } catch (DateTimeParseException notADate) {
      throw dtp.malformedElement(3, problem);
    }
  }
}
