package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;

/**
 * An invoice to the patient for what they owe now on a visit (self-pay lines, the copay) or for a
 * fee; {@code creditApplied} is the patient's credit that paid part of it at once.
 */
public record InvoiceIssuedEvent(
    AccountId accountId,
    PatientId patientId,
    InvoiceNumber number,
    VisitId visitId,
    String description,
    LocalDate issuedOn,
    LocalDate dueOn,
    Money amount,
    Money creditApplied) {}
