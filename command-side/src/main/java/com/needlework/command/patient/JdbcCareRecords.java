package com.needlework.command.patient;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a patient's current care, diagnoses and ABN from the command side's copy. */
@Component
class JdbcCareRecords implements CareRecords, AbnRecords, DiagnosisRecords {

  private final JdbcClient jdbc;

  JdbcCareRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CareSnapshot> snapshot(PatientId patientId) {
    return jdbc.sql("SELECT * FROM cs_patient_care WHERE patient_id = :id")
        .param("id", patientId.value())
        .query(
            (rs, row) -> {
              LocalDate until = rs.getObject("certified_until", LocalDate.class);
              PlanOfCare plan =
                  until == null
                      ? null
                      : new PlanOfCare(
                          rs.getInt("sessions_allowed"), rs.getInt("sessions_per_week"), until);
              Set<Contraindication> open = contraindications(rs.getString("contraindications"));
              open.removeAll(contraindications(rs.getString("overridden")));
              return new CareSnapshot(
                  rs.getObject("evaluated_on", LocalDate.class),
                  rs.getInt("plan_number"),
                  plan,
                  rs.getInt("sessions_counted"),
                  open);
            })
        .optional();
  }

  @Override
  public Optional<LocalDate> abnSignedOn(PatientId patientId) {
    return jdbc.sql("SELECT abn_signed_on FROM cs_patient_care WHERE patient_id = :id")
        .param("id", patientId.value())
        .query((rs, row) -> Optional.ofNullable(rs.getObject("abn_signed_on", LocalDate.class)))
        .optional()
        .flatMap(signed -> signed);
  }

  @Override
  public Diagnoses currentDiagnoses(PatientId patientId) {
    return jdbc.sql("SELECT diagnoses FROM cs_patient_care WHERE patient_id = :id")
        .param("id", patientId.value())
        .query(String.class)
        .optional()
        .map(
            codes ->
                new Diagnoses(
                    Arrays.stream(codes.split(","))
                        .filter(code -> !code.isBlank())
                        .map(DiagnosisCode::new)
                        .toList()))
        .orElse(Diagnoses.NONE);
  }

  private static Set<Contraindication> contraindications(String names) {
    Set<Contraindication> set = EnumSet.noneOf(Contraindication.class);
    Arrays.stream(names.split(","))
        .filter(name -> !name.isBlank())
        .map(Contraindication::valueOf)
        .forEach(set::add);
    return set;
  }
}
