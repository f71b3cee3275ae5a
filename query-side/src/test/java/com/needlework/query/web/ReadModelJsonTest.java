package com.needlework.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.insurance.EligibilityReport;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.Screening;
import com.needlework.api.waitlist.WaitlistPreferences;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value objects that read tables keep as JSON read back as they were written. */
class ReadModelJsonTest {

  private final ReadModelJson json = new ReadModelJson();

  @Test
  void keepsAScreening() {
    Screening screening =
        new Screening(
            Set.of(Contraindication.PREGNANCY, Contraindication.METAL_ALLERGY), "Nickel rash");
    assertThat(json.read(json.write(screening), Screening.class)).isEqualTo(screening);
  }

  @Test
  void keepsWaitlistPreferencesWithAndWithoutAPractitioner() {
    WaitlistPreferences anyone =
        new WaitlistPreferences(Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), null, null);
    WaitlistPreferences withMaya =
        new WaitlistPreferences(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            null,
            LocalTime.NOON,
            PractitionerId.newId());
    assertThat(json.read(json.write(anyone), WaitlistPreferences.class)).isEqualTo(anyone);
    assertThat(json.read(json.write(withMaya), WaitlistPreferences.class)).isEqualTo(withMaya);
  }

  @Test
  void keepsAnEligibilityReportWithExactAmounts() {
    EligibilityReport report =
        new EligibilityReport(
            "ACM-1234567",
            "Acme Health",
            new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            20,
            7,
            Money.of("30.00"),
            new BigDecimal("20.5"),
            Money.of("1500.00"),
            null,
            List.of("20560", "20561"),
            List.of());
    EligibilityReport read = json.read(json.write(report), EligibilityReport.class);
    assertThat(read).isEqualTo(report);
    assertThat(read.copay().amount()).isEqualByComparingTo("30.00");
    assertThat(read.coinsurancePercent()).isEqualTo(new BigDecimal("20.5"));
  }
}
