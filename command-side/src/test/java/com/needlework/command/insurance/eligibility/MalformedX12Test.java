package com.needlework.command.insurance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.RefusalKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MalformedX12Test {

  private static final String PT_BENEFITS = X12Files.read("pt-benefits-calendar-year.271");

  private final Eligibility271 eligibility = new Eligibility271();

  private Refusal refusalOf(String x12) {
    Refusal refusal = catchThrowableOfType(Refusal.class, () -> eligibility.read(x12));
    assertThat(refusal).as("refusal").isNotNull();
    assertThat(refusal.kind()).isEqualTo(RefusalKind.INVALID_INPUT);
    return refusal;
  }

  private void assertRefused(String file, String segment, int position, String message) {
    Refusal refusal = refusalOf(X12Files.read("malformed/" + file));

    assertThat(refusal.getMessage()).isEqualTo(message);
    assertThat(refusal.properties()).isEqualTo(Map.of("segment", segment, "position", position));
  }

  @Test
  void refusesPlainTextAsNotX12() {
    Refusal refusal = refusalOf(X12Files.read("malformed/not-x12.txt"));

    assertThat(refusal.getMessage())
        .isEqualTo("This is not an X12 file: it must start with a complete ISA segment");
    assertThat(refusal.properties()).isEmpty();
  }

  @Test
  void refusesAnEmptyFileAsNotX12() {
    assertThat(refusalOf("").getMessage()).startsWith("This is not an X12 file");
  }

  @Test
  void refusesEdifactAsNotX12() {
    String edifact = "UNA:+.? 'UNB+UNOA:3+SENDER+RECEIVER+261124:1200+1'UNZ+0+1'";

    assertThat(refusalOf(edifact).getMessage()).startsWith("This is not an X12 file");
  }

  @Test
  void refusesAnEligibilityInquiryNamingItsStSegment() {
    assertRefused(
        "inquiry-not-response.270",
        "ST",
        3,
        "Segment 3 (ST): this is a 270 transaction, not an eligibility response (271)");
  }

  @Test
  void refusesAnSe01ThatMiscountsTheSegments() {
    assertRefused(
        "se01-count-wrong.271",
        "SE",
        25,
        "Segment 25 (SE): SE01 says 22 segments but the transaction has 23");
  }

  @Test
  void refusesAnSe02ThatDiffersFromSt02() {
    assertRefused(
        "se02-not-st02.271", "SE", 25, "Segment 25 (SE): SE02 '0002' does not match ST02 '0001'");
  }

  @Test
  void refusesAGe01ThatMiscountsTheTransactions() {
    assertRefused(
        "ge01-count-wrong.271",
        "GE",
        26,
        "Segment 26 (GE): GE01 says 2 transactions but the group has 1");
  }

  @Test
  void refusesAnIea02ThatDiffersFromIsa13() {
    assertRefused(
        "iea02-not-isa13.271",
        "IEA",
        27,
        "Segment 27 (IEA): IEA02 '000000102' does not match ISA13 '000000101'");
  }

  @Test
  void refusesAMissingSeSegmentNamingTheSegmentWhereItWasDue() {
    assertRefused(
        "se-missing.271", "GE", 25, "Segment 25 (GE): a required SE segment is missing before it");
  }

  @Test
  void refusesAFileCutOffInTheMiddleOfASegment() {
    assertRefused(
        "cut-off.271",
        "DTP",
        15,
        "Segment 15 (DTP): the file ends here: it is cut off before its closing IEA segment");
  }

  @Test
  void refusesTextAfterTheClosingIea() {
    Refusal refusal = refusalOf(PT_BENEFITS + "NOT X12 ANY MORE");

    assertThat(refusal.getMessage())
        .isEqualTo("Segment 27 (IEA): what follows cannot be read as X12");
  }

  @Test
  void refusesAnInterchangeWithoutATransaction() {
    String noTransaction =
        PT_BENEFITS.substring(0, PT_BENEFITS.indexOf("ST*")) + "GE*0*101~\nIEA*1*000000101~\n";

    Refusal refusal = refusalOf(noTransaction);

    assertThat(refusal.getMessage()).startsWith("The file holds no transaction");
    assertThat(refusal.properties()).isEmpty();
  }

  @Test
  void refusesASecondTransactionNamingItsStSegment() {
    assertRefused(
        "two-transactions.271",
        "ST",
        26,
        "Segment 26 (ST): the file holds more than one transaction; send one eligibility response");
  }

  @Test
  void refusesACopayThatIsNotAnAmount() {
    assertRefused(
        "copay-not-an-amount.271",
        "EB",
        18,
        "Segment 18 (EB): element 7 '3O.00' is not an amount such as 30.00");
  }

  @Test
  void refusesAnAmountWithFractionsOfACent() {
    Refusal refusal = refusalOf(PT_BENEFITS.replace("*30.00*", "*30.005*"));

    assertThat(refusal.getMessage())
        .isEqualTo("Segment 18 (EB): element 7 '30.005' is not an amount in dollars and cents");
  }

  @Test
  void refusesAVisitCountThatIsNotANumber() {
    assertRefused(
        "visits-not-a-number.271", "EB", 21, "Segment 21 (EB): element 10 '1B' is not a quantity");
  }

  @Test
  void refusesHalfAVisit() {
    Refusal refusal = refusalOf(PT_BENEFITS.replace("*VS*18~", "*VS*17.5~"));

    assertThat(refusal.getMessage())
        .isEqualTo("Segment 21 (EB): element 10 '17.5' is not a whole number of visits");
  }

  @Test
  void refusesCoinsuranceSentAsAPercentInsteadOfAFraction() {
    assertRefused(
        "coinsurance-not-a-fraction.271",
        "EB",
        19,
        "Segment 19 (EB): element 8 '20' is more than 1: a percent is sent as a fraction (.20)");
  }

  @Test
  void refusesABenefitPeriodThatIsNotADateRange() {
    assertRefused(
        "benefit-period-not-a-date.271",
        "DTP",
        15,
        "Segment 15 (DTP): element 3 '20260101-20261331' is not a date range such as"
            + " 20260101-20261231");
  }

  @Test
  void refusesAProcedureCompositeWithoutItsCode() {
    Refusal refusal = refusalOf(PT_BENEFITS.replace("HC:20561", "HC"));

    assertThat(refusal.getMessage())
        .isEqualTo("Segment 23 (EB): element 13 'HC' names no procedure code (such as HC:20560)");
  }
}
