package com.needlework.bench;

import com.needlework.api.common.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks, once the read models caught up, that billing came out right to the cent: the charges the
 * read model holds against the events and the quotes, every visit charged, and every account's
 * balance against its invoices and payments (in SQL, over HTTP for a sample, and as the benchmark
 * paid).
 */
final class BillingChecks {

  private static final int ACCOUNTS_READ_OVER_HTTP = 20;

  private record Charged(Money total, int lines) {}

  private final JdbcClient jdbc;
  private final NeedleworkApi api;
  private final List<BillingBenchmark.Session> sessions;

  BillingChecks(JdbcClient jdbc, NeedleworkApi api, List<BillingBenchmark.Session> sessions) {
    this.jdbc = jdbc;
    this.api = api;
    this.sessions = sessions;
  }

  List<BillingReport.Check> run(BillingBenchmark.Payments payments) throws Exception {
    List<BillingReport.Check> checks = new ArrayList<>();
    List<BillingBenchmark.Session> completed = sessions.stream().filter(s -> s.completed).toList();
    checks.add(check("visits booked and completed", sessions.size(), completed.size()));

    Map<UUID, Charged> fromEvents = chargedEvents();
    Map<UUID, Charged> fromReadModel = chargedReadModel();
    Money quoted = Money.ZERO;
    Money inEvents = Money.ZERO;
    Money inReadModel = Money.ZERO;
    int quotedLines = 0;
    int eventLines = 0;
    int readModelLines = 0;
    int withoutCharges = 0;
    int differing = 0;
    for (BillingBenchmark.Session s : completed) {
      Charged event = fromEvents.get(s.visit.value());
      Charged row = fromReadModel.get(s.visit.value());
      quoted = quoted.plus(s.quoted);
      quotedLines += s.quotedLines;
      if (event != null) {
        inEvents = inEvents.plus(event.total());
        eventLines += event.lines();
      }
      if (row == null || row.lines() == 0) {
        withoutCharges++;
      } else {
        inReadModel = inReadModel.plus(row.total());
        readModelLines += row.lines();
      }
      if (event == null
          || row == null
          || !event.equals(row)
          || !event.equals(new Charged(s.quoted, s.quotedLines))) {
        differing++;
      }
    }
    checks.add(check("completed visits without charges in rm_visit_charges", 0, withoutCharges));
    checks.add(
        check("sum of VisitChargedEvent totals = the quotes before completion", quoted, inEvents));
    checks.add(
        check(
            "sum of rm_visit_charges.total = the VisitChargedEvent totals", inEvents, inReadModel));
    checks.add(check("charge lines: events = quotes", quotedLines, eventLines));
    checks.add(check("charge lines: rm_charge_line = events", eventLines, readModelLines));
    checks.add(check("visits whose quote, event and row differ", 0, differing));
    checks.add(
        check(
            "visits whose lines (rm_charge_line) do not add up to their total",
            0L,
            jdbc.sql(
                    "SELECT count(*) FROM rm_visit_charges c WHERE c.total <> (SELECT"
                        + " coalesce(sum(l.amount), 0) FROM rm_charge_line l WHERE l.visit_id ="
                        + " c.visit_id)")
                .query(Long.class)
                .single()));

    Map<UUID, Money[]> accounts = accounts();
    Money paidSum = Money.ZERO;
    Money inPayments = Money.ZERO;
    int wrongBalances = 0;
    int wrongAgainstBench = 0;
    for (BillingBenchmark.Session s : sessions) {
      Money[] account = accounts.get(s.patient.value());
      paidSum = paidSum.plus(s.paid);
      Money expected = s.owed.minus(s.paid);
      if (account == null) {
        wrongBalances++;
        wrongAgainstBench++;
        continue;
      }
      Money invoices = account[0];
      Money paid = account[1];
      Money balance = account[2];
      inPayments = inPayments.plus(paid);
      if (!invoices.minus(paid).equals(balance)) {
        wrongBalances++;
      }
      if (!balance.equals(expected) || !invoices.equals(s.owed) || !paid.equals(s.paid)) {
        wrongAgainstBench++;
      }
    }
    checks.add(check("payments in rm_payment = what the benchmark paid", paidSum, inPayments));
    checks.add(check("accounts whose balance is not invoices - payments", 0, wrongBalances));
    checks.add(
        check(
            "accounts that differ from the invoices issued and the payments made",
            0,
            wrongAgainstBench));

    int read = 0;
    int wrongOverHttp = 0;
    int step = Math.max(1, sessions.size() / ACCOUNTS_READ_OVER_HTTP);
    for (int i = 0; i < sessions.size(); i += step) {
      BillingBenchmark.Session s = sessions.get(i);
      NeedleworkApi.Answer answer = api.getAsStaff("/api/patients/" + s.patient + "/account");
      read++;
      if (answer.status() != 200
          || !Money.of(answer.text("balance")).equals(s.owed.minus(s.paid))
          || answer.body().path("payments").size() != (s.paid.equals(Money.ZERO) ? 0 : 1)) {
        wrongOverHttp++;
      }
    }
    checks.add(
        check(
            "of " + read + " accounts read over HTTP, balance or payments wrong",
            0,
            wrongOverHttp));
    if (payments.retriedPatient() != null) {
      long count =
          jdbc.sql("SELECT count(*) FROM rm_payment WHERE patient_id = :patient")
              .param("patient", UUID.fromString(payments.retriedPatient()))
              .query(Long.class)
              .single();
      checks.add(check("payments of the patient whose payment was sent twice", 1L, count));
    }
    return checks;
  }

  private static BillingReport.Check check(String what, Object expected, Object actual) {
    return new BillingReport.Check(
        what, String.valueOf(expected), String.valueOf(actual), Objects.equals(expected, actual));
  }

  private Map<UUID, Charged> chargedEvents() {
    Map<UUID, Charged> charged = new HashMap<>();
    jdbc.sql(
            "SELECT e.doc->>'visitId' AS visit, (e.doc->'estimate'->>'total')::numeric AS total,"
                + " jsonb_array_length(e.doc->'charges'->'lines') AS lines,"
                + " (SELECT coalesce(sum((l->>'amount')::numeric), 0) FROM"
                + " jsonb_array_elements(e.doc->'charges'->'lines') l) AS line_sum"
                + " FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS doc FROM domainevententry"
                + " WHERE payloadtype = 'com.needlework.api.billing.VisitChargedEvent') e")
        .query(
            rs -> {
              Money total = new Money(rs.getBigDecimal("total"));
              if (!total.equals(new Money(rs.getBigDecimal("line_sum")))) {
                throw new IllegalStateException(
                    "A VisitChargedEvent's estimate total is not the sum of its lines: "
                        + rs.getString("visit"));
              }
              charged.put(
                  UUID.fromString(rs.getString("visit")), new Charged(total, rs.getInt("lines")));
            });
    return charged;
  }

  private Map<UUID, Charged> chargedReadModel() {
    Map<UUID, Charged> charged = new HashMap<>();
    jdbc.sql(
            "SELECT c.visit_id, c.total, (SELECT count(*) FROM rm_charge_line l WHERE l.visit_id ="
                + " c.visit_id) AS lines FROM rm_visit_charges c WHERE c.reversal_reason IS NULL")
        .query(
            rs -> {
              charged.put(
                  rs.getObject("visit_id", UUID.class),
                  new Charged(new Money(rs.getBigDecimal("total")), rs.getInt("lines")));
            });
    return charged;
  }

  /** Per patient with an account: invoices (not void), payments less refunds, balance. */
  private Map<UUID, Money[]> accounts() {
    Map<UUID, Money[]> accounts = new HashMap<>();
    jdbc.sql(
            "SELECT a.patient_id,"
                + " (SELECT coalesce(sum(i.amount), 0) FROM rm_invoice i WHERE i.patient_id ="
                + " a.patient_id AND i.status <> 'VOID') AS invoices,"
                + " (SELECT coalesce(sum(p.amount - p.refunded), 0) FROM rm_payment p WHERE"
                + " p.patient_id = a.patient_id) AS payments,"
                + " (SELECT coalesce(sum(i.amount - i.paid), 0) FROM rm_invoice i WHERE"
                + " i.patient_id = a.patient_id AND i.status <> 'VOID') - a.credit AS balance"
                + " FROM rm_account a")
        .query(
            rs -> {
              accounts.put(
                  rs.getObject("patient_id", UUID.class),
                  new Money[] {
                    new Money(rs.getBigDecimal("invoices")),
                    new Money(rs.getBigDecimal("payments")),
                    new Money(rs.getBigDecimal("balance"))
                  });
            });
    return accounts;
  }
}
