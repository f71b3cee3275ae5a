package com.needlework.api.billing;

/** A visit's charge lines and what they are expected to cost whom. */
public record ChargePreview(Charges charges, ChargeEstimate estimate) {}
