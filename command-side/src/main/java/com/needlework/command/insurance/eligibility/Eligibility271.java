package com.needlework.command.insurance.eligibility;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import com.needlework.api.insurance.EligibilityReport;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a payer's eligibility response (X12 271, 005010X279A1) into what it reports for physical
 * therapy. Separators are taken from the ISA segment; anything malformed is refused with a {@link
 * Refusal} naming the segment at fault.
 */
public final class Eligibility271 {

  private static final String ELIGIBILITY_RESPONSE = "271";

  public EligibilityReport read(String x12) {
    List<Segment> segments = new InterchangeReader(x12).segments();
    checkOneEligibilityResponse(segments);
    List<DatePeriod> dates = segments.stream().filter(tagged("DTP")).map(DatePeriod::of).toList();
    Benefits benefits =
        new Benefits(segments.stream().filter(tagged("EB")).map(Benefit::of).toList());
    return new EligibilityReport(
        memberId(segments),
        payerName(segments),
        benefitPeriod(dates),
        benefits.visitsAllowed(),
        benefits.visitsRemaining(),
        benefits.copay(),
        benefits.coinsurancePercent(),
        benefits.deductible(),
        benefits.deductibleRemaining(),
        benefits.notCoveredCodes(),
        benefits.coveredCodes());
  }

  private static void checkOneEligibilityResponse(List<Segment> segments) {
    List<Segment> transactions = segments.stream().filter(tagged("ST")).toList();
    if (transactions.isEmpty()) {
      throw MalformedX12.refusal(
          "The file holds no transaction: an eligibility response starts with ST*271");
    }
    if (transactions.size() > 1) {
      throw transactions
          .get(1)
          .malformed("the file holds more than one transaction; send one eligibility response");
    }
    Segment header = transactions.get(0);
    if (!header.element(1).equals(ELIGIBILITY_RESPONSE)) {
      throw header.malformed(
          "this is a %s transaction, not an eligibility response (271)"
              .formatted(Texts.quote(header.element(1))));
    }
  }

  private static String memberId(List<Segment> segments) {
    return segments.stream()
        .filter(segment -> segment.is("NM1", "IL") && segment.element(8).equals("MI"))
        .map(subscriber -> subscriber.element(9))
        .findFirst()
        .orElse(null);
  }

  private static String payerName(List<Segment> segments) {
    return segments.stream()
        .filter(segment -> segment.is("NM1", "PR"))
        .map(payer -> payer.element(3))
        .findFirst()
        .orElse(null);
  }

  private static DateRange benefitPeriod(List<DatePeriod> dates) {
    return dates.stream()
        .filter(date -> date.qualifier().equals(DatePeriod.BENEFIT_PERIOD))
        .map(DatePeriod::range)
        .findFirst()
        .orElse(null);
  }

  private static Predicate<Segment> tagged(String tag) {
    return segment -> segment.tag().equals(tag);
  }
}
