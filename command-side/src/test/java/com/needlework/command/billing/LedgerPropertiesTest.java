package com.needlework.command.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.billing.Allocation;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of what a patient account does with money, planned and applied the way {@link
 * PatientAccount} plans and applies them, with the ledger's promises checked after every step.
 */
class LedgerPropertiesTest {

  private static final int YEAR = 2026;

  /** One step; the numbers pick among what exists when the step is taken. */
  sealed interface Op permits Issue, VoidInvoice, Pay, Adjust, Refund {}

  /** An invoice of {@code cents}, paid at once from the credit, as far as it goes. */
  record Issue(int cents) implements Op {}

  /** Voids the {@code pick}-th issued non-void invoice, releasing what was paid on it. */
  record VoidInvoice(int pick) implements Op {}

  /**
   * A payment to the oldest open invoices, or first to the {@code pick}-th open one when {@code
   * named}; {@code exact} pays exactly what its first invoice has open.
   */
  record Pay(int cents, boolean named, int pick, boolean exact) implements Op {}

  /** An adjustment (no payment id), to the oldest or a named open invoice. */
  record Adjust(int cents, boolean named, int pick, boolean exact) implements Op {}

  /** Refunds part of the {@code pick}-th refundable payment; {@code all} refunds what is left. */
  record Refund(int pick, int cents, boolean all) implements Op {}

  @Property(tries = 2000)
  void everyStepKeepsTheLedgerSound(@ForAll("operations") @Size(max = 60) List<Op> operations) {
    new Run().apply(operations);
  }

  @Property(tries = 500)
  void longRunsKeepTheLedgerSound(
      @ForAll("operations") @Size(min = 100, max = 300) List<Op> operations) {
    new Run().apply(operations);
  }

  /**
   * A payment's money went to an invoice that was then voided; the credit it became paid a new
   * invoice; refunding the payment must take that money back from where it is now.
   */
  @Example
  void refundingAPaymentWhoseInvoiceWasVoidedAndWhoseCreditPaidAnother() {
    new Run()
        .apply(
            List.of(
                new Issue(10_000),
                new Pay(10_000, false, 0, false),
                new VoidInvoice(0),
                new Issue(10_000),
                new Refund(0, 0, true)));
  }

  /** A payment left as credit paid a new invoice; its refund takes that money back from there. */
  @Example
  void refundingAPaymentWhoseCreditPaidANewInvoice() {
    new Run().apply(List.of(new Pay(1, false, 0, false), new Issue(1), new Refund(0, 0, true)));
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> cents =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(1)),
            Tuple.of(6, Arbitraries.integers().between(1, 50_000)),
            Tuple.of(2, Arbitraries.integers().between(1, 300)));
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<Op> issue = cents.map(Issue::new);
    Arbitrary<Op> voidIt = pick.map(VoidInvoice::new);
    Arbitrary<Op> pay = Combinators.combine(cents, flag, pick, flag).as(Pay::new);
    Arbitrary<Op> adjust = Combinators.combine(cents, flag, pick, flag).as(Adjust::new);
    Arbitrary<Op> refund = Combinators.combine(pick, cents, flag).as(Refund::new);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(4, issue),
            Tuple.of(2, voidIt),
            Tuple.of(4, pay),
            Tuple.of(1, adjust),
            Tuple.of(3, refund));
    return op.list();
  }

  /** One account's history: the ledger under test and what the test knows independently of it. */
  private static final class Run {
    private final Ledger ledger = new Ledger();
    private final Map<InvoiceNumber, Money> amounts = new LinkedHashMap<>();
    private final List<PaymentId> payments = new ArrayList<>();
    private final Map<PaymentId, Money> paymentAmount = new LinkedHashMap<>();
    private final Map<PaymentId, Money> refunded = new LinkedHashMap<>();
    private final List<String> history = new ArrayList<>();
    private Money charged = Money.ZERO;
    private Money receivedNet = Money.ZERO;
    private int sequence;

    void apply(List<Op> operations) {
      check();
      for (Op op : operations) {
        String done = step(op);
        if (done != null) {
          history.add(done);
          check();
        }
      }
    }

    /** Applies one step as the aggregate would; answers what was done, null when nothing was. */
    private String step(Op op) {
      if (op instanceof Issue issue) {
        return issue(money(issue.cents()));
      }
      if (op instanceof VoidInvoice v) {
        return voidInvoice(v.pick());
      }
      if (op instanceof Pay pay) {
        return moneyIn(PaymentId.newId(), pay.cents(), pay.named(), pay.pick(), pay.exact());
      }
      if (op instanceof Adjust adjust) {
        return moneyIn(null, adjust.cents(), adjust.named(), adjust.pick(), adjust.exact());
      }
      Refund refund = (Refund) op;
      return refund(refund.pick(), refund.cents(), refund.all());
    }

    private String issue(Money amount) {
      InvoiceNumber number = new InvoiceNumber(YEAR, ++sequence);
      Money credit = ledger.creditFor(amount);
      assertThat(credit).as("credit applied to a new invoice").isBetween(Money.ZERO, amount);
      ledger.recordInvoice(number, amount, credit);
      amounts.put(number, amount);
      charged = charged.plus(amount);
      return "issue " + number + " of " + amount + " (credit applied " + credit + ")";
    }

    private String voidInvoice(int pick) {
      List<InvoiceNumber> live =
          amounts.keySet().stream().filter(n -> !ledger.invoice(n).orElseThrow().voided()).toList();
      if (live.isEmpty()) {
        return null;
      }
      InvoiceNumber number = live.get(pick % live.size());
      Money released = ledger.invoice(number).orElseThrow().paid();
      ledger.recordVoid(number, released);
      charged = charged.minus(amounts.get(number));
      return "void " + number + " (released " + released + ")";
    }

    private String moneyIn(PaymentId paymentId, int cents, boolean named, int pick, boolean exact) {
      List<InvoiceNumber> open =
          amounts.keySet().stream()
              .filter(n -> ledger.invoice(n).orElseThrow().open().compareTo(Money.ZERO) > 0)
              .toList();
      InvoiceNumber target = named && !open.isEmpty() ? open.get(pick % open.size()) : null;
      Money amount = money(cents);
      InvoiceNumber first = target != null ? target : open.isEmpty() ? null : open.get(0);
      if (exact && first != null) {
        amount = ledger.invoice(first).orElseThrow().open();
      }
      List<Allocation> allocations = ledger.allocate(amount, target);
      Money allocated = Money.ZERO;
      for (Allocation allocation : allocations) {
        assertThat(allocation.amount()).as("an allocation").isGreaterThan(Money.ZERO);
        assertThat(allocation.amount())
            .as("allocation to " + allocation.invoice())
            .isLessThanOrEqualTo(ledger.invoice(allocation.invoice()).orElseThrow().open());
        allocated = allocated.plus(allocation.amount());
      }
      assertThat(allocated).as("allocated of " + amount).isLessThanOrEqualTo(amount);
      if (target != null && !allocations.isEmpty()) {
        assertThat(allocations.get(0).invoice()).as("the named invoice first").isEqualTo(target);
      }
      ledger.recordMoneyIn(paymentId, amount, allocations);
      receivedNet = receivedNet.plus(amount);
      if (paymentId != null) {
        payments.add(paymentId);
        paymentAmount.put(paymentId, amount);
        refunded.put(paymentId, Money.ZERO);
      }
      return (paymentId == null ? "adjust " : "pay " + payments.indexOf(paymentId) + " ")
          + amount
          + (target == null ? "" : " to " + target)
          + " "
          + allocations;
    }

    private String refund(int pick, int cents, boolean all) {
      List<PaymentId> refundable =
          payments.stream().filter(p -> ledger.refundable(p).compareTo(Money.ZERO) > 0).toList();
      if (refundable.isEmpty()) {
        return null;
      }
      PaymentId paymentId = refundable.get(pick % refundable.size());
      Money left = ledger.refundable(paymentId);
      long leftCents = left.amount().movePointRight(2).longValueExact();
      Money amount = all ? left : money((int) (1 + (cents - 1) % leftCents));
      List<Allocation> back = ledger.takeBack(paymentId, amount);
      Money fromInvoices = Money.ZERO;
      for (Allocation allocation : back) {
        assertThat(allocation.amount()).as("taken back").isLessThan(Money.ZERO);
        fromInvoices = fromInvoices.minus(allocation.amount());
      }
      assertThat(fromInvoices)
          .as("taken back from invoices of " + amount)
          .isLessThanOrEqualTo(amount);
      ledger.recordRefund(paymentId, amount, back);
      receivedNet = receivedNet.minus(amount);
      refunded.merge(paymentId, amount, Money::plus);
      return "refund " + amount + " of payment " + payments.indexOf(paymentId) + " " + back;
    }

    private String after() {
      return "after " + history;
    }

    private void check() {
      assertThat(ledger.balance())
          .as(() -> "balance is invoiced less received, " + after())
          .isEqualTo(ledger.invoicedLessReceived())
          .isEqualTo(charged.minus(receivedNet));
      assertThat(ledger.credit()).as(() -> "credit, " + after()).isGreaterThanOrEqualTo(Money.ZERO);
      Money paid = Money.ZERO;
      for (Map.Entry<InvoiceNumber, Money> issued : amounts.entrySet()) {
        Ledger.Invoice invoice = ledger.invoice(issued.getKey()).orElseThrow();
        assertThat(invoice.paid())
            .as(() -> "paid on " + issued.getKey() + " of " + issued.getValue() + ", " + after())
            .isBetween(Money.ZERO, issued.getValue());
        if (!invoice.voided()) {
          assertThat(invoice.open())
              .as(() -> "open on " + issued.getKey() + ", " + after())
              .isEqualTo(issued.getValue().minus(invoice.paid()));
          paid = paid.plus(invoice.paid());
        } else {
          assertThat(invoice.open()).as("open on void " + issued.getKey()).isEqualTo(Money.ZERO);
        }
      }
      assertThat(paid.plus(ledger.credit()))
          .as(() -> "paid on invoices plus credit is what came in net of refunds, " + after())
          .isEqualTo(receivedNet);
      for (PaymentId paymentId : payments) {
        Money refundable = ledger.refundable(paymentId);
        assertThat(refundable)
            .as(() -> "refundable of payment " + payments.indexOf(paymentId) + ", " + after())
            .isGreaterThanOrEqualTo(Money.ZERO)
            .isEqualTo(paymentAmount.get(paymentId).minus(refunded.get(paymentId)));
        assertThat(refunded.get(paymentId))
            .as("refunded of payment " + payments.indexOf(paymentId))
            .isLessThanOrEqualTo(paymentAmount.get(paymentId));
      }
    }
  }

  private static Money money(int cents) {
    return new Money(BigDecimal.valueOf(cents, 2));
  }
}
