/**
 * Patients' accounts as billing reads them: charges, invoices, payments, balances, the day's close.
 */
package com.needlework.query.billing;
