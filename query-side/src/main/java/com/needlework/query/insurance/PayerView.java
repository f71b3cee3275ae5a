package com.needlework.query.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.TimedCodeRule;

/**
 * A payer and the rules it bills by; {@code unattendedEstimCode} is the code itself (97014 or
 * G0283), {@code kxThreshold} null when the payer has none.
 */
public record PayerView(
    PayerId payerId,
    String name,
    String electronicPayerId,
    boolean needlingCovered,
    String unattendedEstimCode,
    TimedCodeRule timedCodeRule,
    boolean medicare,
    Money kxThreshold) {}
