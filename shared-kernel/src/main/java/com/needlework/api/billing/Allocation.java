package com.needlework.api.billing;

import com.needlework.api.common.Money;

/** How much of a payment, credit or adjustment went to one invoice (negative: taken back). */
public record Allocation(InvoiceNumber invoice, Money amount) {}
