package com.needlework.command.billing;

import com.needlework.api.billing.InvoiceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One counter row per year. The upsert locks the row until the transaction ends, so two invoices of
 * one year are numbered one after the other, and a transaction that rolls back gives its number
 * back: the numbers are unique and without gaps.
 */
@Component
class JdbcInvoiceNumbers implements InvoiceNumbers {

  private final JdbcClient jdbc;

  JdbcInvoiceNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public InvoiceNumber next(int year) {
    int sequence =
        jdbc.sql(
                "INSERT INTO cs_invoice_sequence (year, last) VALUES (:year, 1)"
                    + " ON CONFLICT (year) DO UPDATE SET last = cs_invoice_sequence.last + 1"
                    + " RETURNING last")
            .param("year", year)
            .query(Integer.class)
            .single();
    return new InvoiceNumber(year, sequence);
  }
}
