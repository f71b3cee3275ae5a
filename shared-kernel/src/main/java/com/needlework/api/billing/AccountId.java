package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import com.needlework.api.patient.PatientId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one patient's account: what they were charged, paid and owe. */
public record AccountId(UUID value) {

  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  /** A patient's one account; derived from the patient, so it needs no lookup. */
  public static AccountId of(PatientId patient) {
    return new AccountId(
        UUID.nameUUIDFromBytes(("account:" + patient.value()).getBytes(StandardCharsets.UTF_8)));
  }

  @JsonCreator
  public static AccountId parse(String raw) {
    return new AccountId(Ids.uuid(raw, "patient account id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
