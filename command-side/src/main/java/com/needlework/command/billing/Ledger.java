package com.needlework.command.billing;

import com.needlework.api.billing.Allocation;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.common.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A patient's money: invoices with what was paid on each, payments, and the credit nothing has used
 * yet. The planning methods decide where money goes (oldest open invoice first); the {@code
 * record…} methods only apply what was decided, as an aggregate's event-sourcing handlers do. The
 * balance is always what was invoiced less what was paid and adjusted plus what was refunded, and
 * money never vanishes: what no invoice took is credit.
 */
final class Ledger {

  /** An invoice as the ledger keeps it. */
  static final class Invoice {
    private final Money amount;
    private Money paid = Money.ZERO;
    private boolean voided;

    private Invoice(Money amount) {
      this.amount = amount;
    }

    Money open() {
      return voided ? Money.ZERO : amount.minus(paid);
    }

    boolean voided() {
      return voided;
    }

    Money paid() {
      return paid;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Invoice invoice
          && amount.equals(invoice.amount)
          && paid.equals(invoice.paid)
          && voided == invoice.voided;
    }

    @Override
    public int hashCode() {
      return Objects.hash(amount, paid, voided);
    }
  }

  private record Payment(Money amount, Map<InvoiceNumber, Money> paid, Money refunded) {}

  private final TreeMap<InvoiceNumber, Invoice> invoices = new TreeMap<>();
  private final Map<PaymentId, Payment> payments = new LinkedHashMap<>();
  private Money credit = Money.ZERO;
  private Money invoiced = Money.ZERO;
  private Money received = Money.ZERO;

  Money balance() {
    return invoices.values().stream()
        .map(Invoice::open)
        .reduce(Money.ZERO, Money::plus)
        .minus(credit);
  }

  Money credit() {
    return credit;
  }

  Optional<Invoice> invoice(InvoiceNumber number) {
    return Optional.ofNullable(invoices.get(number));
  }

  boolean hasPayment(PaymentId paymentId) {
    return payments.containsKey(paymentId);
  }

  /** What of a payment may still be refunded. */
  Money refundable(PaymentId paymentId) {
    Payment payment = payments.get(paymentId);
    return payment.amount().minus(payment.refunded());
  }

  /** How much of the credit pays a new invoice at once. */
  Money creditFor(Money amount) {
    return min(credit, amount);
  }

  /** Where money goes: the named invoice first (when given), then the oldest open ones. */
  List<Allocation> allocate(Money amount, InvoiceNumber named) {
    List<Allocation> allocations = new ArrayList<>();
    Money left = amount;
    List<Map.Entry<InvoiceNumber, Invoice>> order = new ArrayList<>();
    if (named != null) {
      order.add(Map.entry(named, invoices.get(named)));
    }
    invoices.entrySet().stream().filter(e -> !e.getKey().equals(named)).forEach(order::add);
    for (Map.Entry<InvoiceNumber, Invoice> invoice : order) {
      Money take = min(left, invoice.getValue().open());
      if (take.compareTo(Money.ZERO) > 0) {
        allocations.add(new Allocation(invoice.getKey(), take));
        left = left.minus(take);
      }
    }
    return allocations;
  }

  /**
   * A refund takes back unused credit first, then what the payment paid, newest invoice first, as
   * far as those invoices still hold it, then what other invoices hold, newest first: what a
   * payment left as credit may since have paid a new invoice, and what it paid on a voided one was
   * released as credit.
   */
  List<Allocation> takeBack(PaymentId paymentId, Money amount) {
    Money left = amount.minus(min(credit, amount));
    Map<InvoiceNumber, Money> taken = new LinkedHashMap<>();
    List<Map.Entry<InvoiceNumber, Money>> order =
        new ArrayList<>(payments.get(paymentId).paid().entrySet());
    order.sort(Map.Entry.<InvoiceNumber, Money>comparingByKey().reversed());
    invoices
        .descendingMap()
        .forEach((number, invoice) -> order.add(Map.entry(number, invoice.paid)));
    for (Map.Entry<InvoiceNumber, Money> invoice : order) {
      Invoice held = invoices.get(invoice.getKey());
      Money still =
          held.voided
              ? Money.ZERO
              : held.paid.minus(taken.getOrDefault(invoice.getKey(), Money.ZERO));
      Money take = min(left, min(invoice.getValue(), still));
      if (take.compareTo(Money.ZERO) > 0) {
        taken.merge(invoice.getKey(), take, Money::plus);
        left = left.minus(take);
      }
    }
    List<Allocation> back = new ArrayList<>();
    taken.forEach((number, take) -> back.add(new Allocation(number, Money.ZERO.minus(take))));
    return back;
  }

  void recordInvoice(InvoiceNumber number, Money amount, Money creditApplied) {
    Invoice invoice = new Invoice(amount);
    invoice.paid = creditApplied;
    invoices.put(number, invoice);
    credit = credit.minus(creditApplied);
    invoiced = invoiced.plus(amount);
  }

  void recordVoid(InvoiceNumber number, Money released) {
    Invoice invoice = invoices.get(number);
    invoice.voided = true;
    invoice.paid = invoice.paid.minus(released);
    credit = credit.plus(released);
    invoiced = invoiced.minus(invoice.amount);
  }

  /** Money in (a payment, or an adjustment when {@code paymentId} is null). */
  void recordMoneyIn(PaymentId paymentId, Money amount, List<Allocation> allocations) {
    Map<InvoiceNumber, Money> paid = new LinkedHashMap<>();
    Money allocated = allocate(allocations, paid);
    credit = credit.plus(amount.minus(allocated));
    received = received.plus(amount);
    if (paymentId != null) {
      payments.put(paymentId, new Payment(amount, paid, Money.ZERO));
    }
  }

  void recordRefund(PaymentId paymentId, Money amount, List<Allocation> allocations) {
    Payment payment = payments.get(paymentId);
    Map<InvoiceNumber, Money> paid = new LinkedHashMap<>(payment.paid());
    Money fromInvoices = Money.ZERO.minus(allocate(allocations, paid));
    credit = credit.minus(amount.minus(fromInvoices));
    received = received.minus(amount);
    payments.put(paymentId, new Payment(payment.amount(), paid, payment.refunded().plus(amount)));
  }

  /**
   * Moves each allocation onto its invoice and into what {@code paid} holds per invoice: their sum
   * (negative where they take money back off invoices).
   */
  private Money allocate(List<Allocation> allocations, Map<InvoiceNumber, Money> paid) {
    Money allocated = Money.ZERO;
    for (Allocation allocation : allocations) {
      Invoice invoice = invoices.get(allocation.invoice());
      invoice.paid = invoice.paid.plus(allocation.amount());
      paid.merge(allocation.invoice(), allocation.amount(), Money::plus);
      allocated = allocated.plus(allocation.amount());
    }
    return allocated;
  }

  /** What was invoiced (not voided) less what came in net of refunds: always the balance. */
  Money invoicedLessReceived() {
    return invoiced.minus(received);
  }

  private static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
