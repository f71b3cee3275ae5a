package com.needlework.api.clinic;

/** The clinic's billing identity, as statements, superbills and claims print it. */
public record BillingIdentitySetEvent(ClinicId clinicId, BillingIdentity identity) {}
