/** Patient accounts: charges coded from completed visits, invoices, payments, refunds, fees. */
package com.needlework.command.billing;
