package com.needlework.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.Screening;
import com.needlework.api.waitlist.WaitlistPreferences;
import java.time.DayOfWeek;
import java.time.LocalTime;
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
}
