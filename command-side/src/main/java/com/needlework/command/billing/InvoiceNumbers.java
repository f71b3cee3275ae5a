package com.needlework.command.billing;

import com.needlework.api.billing.InvoiceNumber;

/** Hands out invoice numbers; in the append transaction, so a rolled-back one leaves no gap. */
interface InvoiceNumbers {

  InvoiceNumber next(int year);
}
