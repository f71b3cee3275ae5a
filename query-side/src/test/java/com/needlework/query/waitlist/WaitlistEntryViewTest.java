package com.needlework.query.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.query.clinic.Labels;
import com.needlework.query.waitlist.WaitlistEntryView.Preferences;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitlistEntryViewTest {

  private static final PractitionerId MAYA = PractitionerId.newId();
  private static final Labels LABELS = new Labels(Map.of(MAYA, "Maya Chen, PT"), Map.of());

  @Test
  void showsPreferredDaysInWeekOrderAndThePractitionerByName() {
    Preferences preferences =
        Preferences.of(
            new WaitlistPreferences(
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY),
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                MAYA),
            LABELS);
    assertThat(preferences.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThat(preferences.from()).isEqualTo(LocalTime.of(8, 0));
    assertThat(preferences.to()).isEqualTo(LocalTime.of(12, 0));
    assertThat(preferences.practitionerName()).isEqualTo("Maya Chen, PT");
  }

  @Test
  void leavesTimesOutWhenAnyTimeOfDaySuits() {
    Preferences preferences =
        Preferences.of(
            new WaitlistPreferences(Set.of(DayOfWeek.TUESDAY), null, null, null), LABELS);
    assertThat(preferences.from()).isNull();
    assertThat(preferences.to()).isNull();
    assertThat(preferences.practitionerId()).isNull();
    assertThat(preferences.practitionerName()).isNull();
  }
}
