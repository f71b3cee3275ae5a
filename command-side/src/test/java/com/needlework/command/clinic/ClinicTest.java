package com.needlework.command.clinic;

import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.ClinicOpenedEvent;
import com.needlework.api.clinic.DefineVisitTypeCommand;
import com.needlework.api.clinic.OpenClinicCommand;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeDefinedEvent;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.Refusal;
import java.time.Duration;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClinicTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private final ClinicId clinicId = ClinicId.newId();
  private AggregateTestFixture<Clinic> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Clinic.class);
  }

  private ClinicOpenedEvent opened() {
    return new ClinicOpenedEvent(
        clinicId, "Back in Motion", LOS_ANGELES, "CA", BookingRules.DEFAULT);
  }

  @Test
  void opensAClinicWithItsZoneStateAndRules() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenClinicCommand(
                clinicId, " Back in Motion ", LOS_ANGELES, "CA", BookingRules.DEFAULT))
        .expectEvents(opened());
  }

  @Test
  void refusesAStateThatIsNotATwoLetterCode() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenClinicCommand(
                clinicId, "Back", LOS_ANGELES, "California", BookingRules.DEFAULT))
        .expectNoEvents()
        .expectException(Refusal.class)
        .expectExceptionMessage("The clinic's state is a two-letter code such as CA");
  }

  @Test
  void refusesAClinicWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(new OpenClinicCommand(clinicId, "", LOS_ANGELES, "CA", BookingRules.DEFAULT))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesAClinicWithoutATimeZone() {
    fixture
        .givenNoPriorActivity()
        .when(new OpenClinicCommand(clinicId, "Back", null, "CA", BookingRules.DEFAULT))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void definesAVisitTypeForAnOpenClinic() {
    VisitTypeSettings call =
        new VisitTypeSettings(
            VisitType.DISCOVERY_CALL, Duration.ofMinutes(20), null, VisitLocation.PHONE, true);
    fixture
        .given(opened())
        .when(new DefineVisitTypeCommand(clinicId, call))
        .expectEvents(new VisitTypeDefinedEvent(clinicId, call));
  }

  @Test
  void refusesAVisitTypeWithoutSettings() {
    fixture
        .given(opened())
        .when(new DefineVisitTypeCommand(clinicId, null))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
