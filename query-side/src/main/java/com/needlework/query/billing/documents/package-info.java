/**
 * Billing's printable documents: the patient statement and the visit superbill, as PDFs rendered
 * from templates.
 */
package com.needlework.query.billing.documents;
