package com.needlework.query.billing;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.ChargeLine;
import com.needlework.api.billing.ChargePayer;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.Modifier;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.query.billing.AccountViews.Account;
import com.needlework.query.billing.AccountViews.AccountBalance;
import com.needlework.query.billing.AccountViews.DayClose;
import com.needlework.query.billing.AccountViews.Entry;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.AccountViews.MethodTotal;
import com.needlework.query.billing.AccountViews.Payment;
import com.needlework.query.billing.AccountViews.PolicyFee;
import com.needlework.query.billing.AccountViews.UnbilledVisit;
import com.needlework.query.billing.AccountViews.VisitCharges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads patients' accounts, invoices, charges and payments from the accounts read model. */
@Component
public class AccountRecords {

  private static final String INVOICE_COLUMNS =
      "i.number, i.patient_id, p.name AS patient_name, i.visit_id, i.description, i.issued_on,"
          + " i.due_on, i.amount, i.paid, i.status, i.void_reason"
          + " FROM rm_invoice i LEFT JOIN rm_patient p ON p.patient_id = i.patient_id";
  private static final String PAYMENT_COLUMNS =
      "payment_id, patient_id, amount, refunded, method, reference, taken_by, received_at"
          + " FROM rm_payment";

  private final JdbcClient jdbc;

  AccountRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<VisitCharges> charges(VisitId visitId) {
    return jdbc.sql("SELECT * FROM rm_visit_charges WHERE visit_id = :visit")
        .param("visit", visitId.value())
        .query((rs, row) -> visitCharges(rs))
        .optional();
  }

  public Account account(PatientId patientId) {
    UUID patient = patientId.value();
    Money credit =
        jdbc.sql("SELECT credit FROM rm_account WHERE patient_id = :patient")
            .param("patient", patient)
            .query((rs, row) -> money(rs, "credit"))
            .optional()
            .orElse(Money.ZERO);
    List<Invoice> invoices =
        jdbc.sql("SELECT " + INVOICE_COLUMNS + " WHERE i.patient_id = :patient ORDER BY i.number")
            .param("patient", patient)
            .query((rs, row) -> invoice(rs))
            .list();
    Money open = invoices.stream().map(Invoice::open).reduce(Money.ZERO, Money::plus);
    List<Entry> entries =
        jdbc.sql(
                "SELECT occurred_at, kind, description, amount, method, reference,"
                    + " sum(amount) OVER (ORDER BY sequence) AS balance_after"
                    + " FROM rm_account_entry WHERE patient_id = :patient ORDER BY sequence")
            .param("patient", patient)
            .query(
                (rs, row) ->
                    new Entry(
                        instant(rs, "occurred_at"),
                        rs.getString("kind"),
                        rs.getString("description"),
                        money(rs, "amount"),
                        money(rs, "balance_after"),
                        rs.getString("method"),
                        rs.getString("reference")))
            .list();
    List<VisitCharges> visits =
        jdbc.sql(
                "SELECT * FROM rm_visit_charges WHERE patient_id = :patient"
                    + " ORDER BY service_date, visit_id")
            .param("patient", patient)
            .query((rs, row) -> visitCharges(rs))
            .list();
    List<PolicyFee> fees =
        jdbc.sql(
                "SELECT fee_id, visit_id, kind, amount, invoice, waived, waiver"
                    + " FROM rm_policy_fee WHERE patient_id = :patient ORDER BY invoice")
            .param("patient", patient)
            .query(
                (rs, row) ->
                    new PolicyFee(
                        rs.getString("fee_id"),
                        rs.getString("visit_id"),
                        rs.getString("kind"),
                        money(rs, "amount"),
                        rs.getString("invoice"),
                        rs.getBoolean("waived"),
                        rs.getString("waiver")))
            .list();
    List<Payment> payments =
        jdbc.sql("SELECT " + PAYMENT_COLUMNS + " WHERE patient_id = :patient ORDER BY received_at")
            .param("patient", patient)
            .query((rs, row) -> payment(rs))
            .list();
    return new Account(
        patientId.toString(),
        open.minus(credit),
        credit,
        open,
        entries,
        invoices,
        visits,
        fees,
        payments);
  }

  /** Every patient with an account (an invoice or a credit), by name. */
  public List<AccountBalance> balances() {
    return jdbc.sql(
            "SELECT p.patient_id, p.name, coalesce(a.credit, 0) AS credit,"
                + " coalesce(i.open, 0) AS open, coalesce(i.open_count, 0) AS open_count"
                + " FROM rm_patient p"
                + " LEFT JOIN rm_account a ON a.patient_id = p.patient_id"
                + " LEFT JOIN (SELECT patient_id,"
                + "   sum(amount - paid) FILTER (WHERE status <> 'VOID') AS open,"
                + "   count(*) FILTER (WHERE status IN ('OPEN', 'PARTLY_PAID')) AS open_count"
                + "   FROM rm_invoice GROUP BY patient_id) i ON i.patient_id = p.patient_id"
                + " WHERE a.patient_id IS NOT NULL OR i.patient_id IS NOT NULL"
                + " ORDER BY p.name, p.patient_id")
        .query(
            (rs, row) -> {
              Money credit = money(rs, "credit");
              Money open = money(rs, "open");
              return new AccountBalance(
                  rs.getString("patient_id"),
                  rs.getString("name"),
                  open.minus(credit),
                  credit,
                  open,
                  rs.getInt("open_count"));
            })
        .list();
  }

  public List<Invoice> invoices(Optional<InvoiceStatus> status) {
    return jdbc.sql(
            "SELECT "
                + INVOICE_COLUMNS
                + " WHERE (CAST(:status AS VARCHAR) IS NULL OR i.status = :status)"
                + " ORDER BY i.due_on, i.number")
        .param("status", status.map(InvoiceStatus::name).orElse(null))
        .query((rs, row) -> invoice(rs))
        .list();
  }

  /** The invoices issued for a visit (its charges, or a policy fee), oldest first. */
  public List<Invoice> visitInvoices(VisitId visitId) {
    return jdbc.sql("SELECT " + INVOICE_COLUMNS + " WHERE i.visit_id = :visit ORDER BY i.number")
        .param("visit", visitId.value())
        .query((rs, row) -> invoice(rs))
        .list();
  }

  public Optional<Invoice> invoice(InvoiceNumber number) {
    return jdbc.sql("SELECT " + INVOICE_COLUMNS + " WHERE i.number = :number")
        .param("number", number.toString())
        .query((rs, row) -> invoice(rs))
        .optional();
  }

  public Optional<Payment> payment(PaymentId paymentId) {
    return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " WHERE payment_id = :payment")
        .param("payment", paymentId.value())
        .query((rs, row) -> payment(rs))
        .optional();
  }

  /** Covered lines of visits not reversed, oldest first: what the claims will ask payers for. */
  public List<UnbilledVisit> unbilled() {
    return jdbc.sql(
            "SELECT c.*, p.name AS patient_name, y.name AS payer_name"
                + " FROM rm_visit_charges c"
                + " LEFT JOIN rm_patient p ON p.patient_id = c.patient_id"
                + " LEFT JOIN rm_payer y ON y.payer_id = c.payer_id"
                + " WHERE c.covered > 0 AND c.reversal_reason IS NULL"
                + " ORDER BY c.service_date, c.visit_id")
        .query(
            (rs, row) ->
                unbilled(
                    visitCharges(rs), rs.getString("patient_name"), rs.getString("payer_name")))
        .list();
  }

  private static UnbilledVisit unbilled(
      VisitCharges charges, String patientName, String payerName) {
    return new UnbilledVisit(
        charges.visitId(),
        charges.patientId(),
        patientName,
        charges.serviceDate(),
        charges.coverageId(),
        charges.payerId(),
        payerName,
        charges.diagnoses(),
        charges.lines().stream().filter(ChargeLine::covered).toList(),
        charges.covered());
  }

  /** The payments and refunds of a clinic-local day, by method. */
  public DayClose dayClose(LocalDate date, ZoneId zone) {
    OffsetDateTime from = date.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime until = date.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    Map<String, MethodTotal> byMethod = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT method, count(*) FILTER (WHERE kind = 'PAYMENT') AS payments,"
                + " coalesce(sum(-amount) FILTER (WHERE kind = 'PAYMENT'), 0) AS received,"
                + " coalesce(sum(amount) FILTER (WHERE kind = 'REFUND'), 0) AS refunded"
                + " FROM rm_account_entry WHERE method IS NOT NULL"
                + " AND occurred_at >= :from AND occurred_at < :until"
                + " GROUP BY method ORDER BY method")
        .param("from", from)
        .param("until", until)
        .query(
            (rs, row) -> {
              Money received = money(rs, "received");
              Money refunded = money(rs, "refunded");
              return new MethodTotal(
                  rs.getString("method"),
                  rs.getInt("payments"),
                  received,
                  refunded,
                  received.minus(refunded));
            })
        .list()
        .forEach(total -> byMethod.put(total.method(), total));
    List<MethodTotal> methods = new ArrayList<>(byMethod.values());
    Money received = methods.stream().map(MethodTotal::received).reduce(Money.ZERO, Money::plus);
    Money refunded = methods.stream().map(MethodTotal::refunded).reduce(Money.ZERO, Money::plus);
    List<Payment> payments =
        jdbc.sql(
                "SELECT "
                    + PAYMENT_COLUMNS
                    + " WHERE received_at >= :from AND received_at < :until ORDER BY received_at")
            .param("from", from)
            .param("until", until)
            .query((rs, row) -> payment(rs))
            .list();
    return new DayClose(date, methods, received, refunded, received.minus(refunded), payments);
  }

  private VisitCharges visitCharges(ResultSet rs) throws SQLException {
    return new VisitCharges(
        rs.getString("visit_id"),
        rs.getString("patient_id"),
        rs.getObject("service_date", LocalDate.class),
        rs.getString("practitioner_id"),
        rs.getString("coverage_id"),
        rs.getString("payer_id"),
        codes(rs.getString("diagnoses")),
        linesOf(rs.getObject("visit_id", UUID.class)),
        money(rs, "total"),
        money(rs, "covered"),
        money(rs, "self_pay"),
        money(rs, "copay"),
        money(rs, "deductible"),
        money(rs, "coinsurance"),
        money(rs, "patient_estimate"),
        money(rs, "payer_estimate"),
        rs.getString("reversal_reason") != null,
        rs.getString("reversal_reason"));
  }

  private List<ChargeLine> linesOf(UUID visit) {
    return jdbc.sql("SELECT * FROM rm_charge_line WHERE visit_id = :visit ORDER BY line_no")
        .param("visit", visit)
        .query(
            (rs, row) ->
                new ChargeLine(
                    BillingCode.parse(rs.getString("code")),
                    codes(rs.getString("modifiers")).stream().map(Modifier::valueOf).toList(),
                    rs.getInt("units"),
                    money(rs, "unit_price"),
                    money(rs, "amount"),
                    ChargePayer.valueOf(rs.getString("payer")),
                    codes(rs.getString("diagnosis_pointers")).stream()
                        .map(Integer::valueOf)
                        .toList()))
        .list();
  }

  private static Invoice invoice(ResultSet rs) throws SQLException {
    Money amount = money(rs, "amount");
    Money paid = money(rs, "paid");
    InvoiceStatus status = InvoiceStatus.valueOf(rs.getString("status"));
    return new Invoice(
        rs.getString("number"),
        rs.getString("patient_id"),
        rs.getString("patient_name"),
        rs.getString("visit_id"),
        rs.getString("description"),
        rs.getObject("issued_on", LocalDate.class),
        rs.getObject("due_on", LocalDate.class),
        amount,
        paid,
        status == InvoiceStatus.VOID ? Money.ZERO : amount.minus(paid),
        status,
        rs.getString("void_reason"));
  }

  private static Payment payment(ResultSet rs) throws SQLException {
    return new Payment(
        rs.getString("payment_id"),
        rs.getString("patient_id"),
        money(rs, "amount"),
        money(rs, "refunded"),
        rs.getString("method"),
        rs.getString("reference"),
        rs.getString("taken_by"),
        instant(rs, "received_at"));
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    return new Money(rs.getBigDecimal(column));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static List<String> codes(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
