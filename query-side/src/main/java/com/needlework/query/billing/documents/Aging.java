package com.needlework.query.billing.documents;

import com.needlework.api.common.Money;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.InvoiceStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a patient owes by how long it is past due: the open amounts of invoices not yet due or due
 * today (current), 1-30, 31-60, 61-90 and over 90 days past their due date.
 */
public record Aging(
    Money current, Money days1To30, Money days31To60, Money days61To90, Money over90) {

  public static Aging of(List<Invoice> invoices, LocalDate today) {
    Money[] buckets = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
    for (Invoice invoice : invoices) {
      if (owing(invoice)) {
        int bucket = bucket(ChronoUnit.DAYS.between(invoice.dueOn(), today));
        buckets[bucket] = buckets[bucket].plus(invoice.open());
      }
    }
    return new Aging(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
  }

  /** An invoice with something left to pay on it. */
  static boolean owing(Invoice invoice) {
    return invoice.status() != InvoiceStatus.VOID && invoice.open().compareTo(Money.ZERO) > 0;
  }

  private static int bucket(long daysPastDue) {
    if (daysPastDue <= 0) {
      return 0;
    }
    if (daysPastDue <= 30) {
      return 1;
    }
    if (daysPastDue <= 60) {
      return 2;
    }
    return daysPastDue <= 90 ? 3 : 4;
  }

  public Money total() {
    return current.plus(days1To30).plus(days31To60).plus(days61To90).plus(over90);
  }
}
