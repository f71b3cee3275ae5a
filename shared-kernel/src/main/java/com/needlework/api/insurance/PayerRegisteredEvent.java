package com.needlework.api.insurance;

public record PayerRegisteredEvent(
    PayerId payerId, String name, String electronicPayerId, PayerRules rules) {}
