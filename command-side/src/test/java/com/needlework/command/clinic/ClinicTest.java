package com.needlework.command.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.BillingIdentitySetEvent;
import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.ClinicOpenedEvent;
import com.needlework.api.clinic.DefineVisitTypeCommand;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.OpenClinicCommand;
import com.needlework.api.clinic.PostalAddress;
import com.needlework.api.clinic.SetBillingIdentityCommand;
import com.needlework.api.clinic.SetVisitFeesCommand;
import com.needlework.api.clinic.TaxId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.clinic.VisitFeesSetEvent;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeDefinedEvent;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import java.time.Duration;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ClinicTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private final ClinicId clinicId = ClinicId.newId();
  private final AggregateTestFixture<Clinic> fixture = new AggregateTestFixture<>(Clinic.class);

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

  private static final BillingIdentity IDENTITY =
      new BillingIdentity(
          "Back in Motion PT",
          Npi.parse("1234567893"),
          TaxId.parse("94-1234567"),
          new PostalAddress("1 Main Street", null, "Oakland", "CA", "94607"));

  @Test
  void recordsWhoBills() {
    fixture
        .given(opened())
        .when(new SetBillingIdentityCommand(clinicId, IDENTITY))
        .expectEvents(new BillingIdentitySetEvent(clinicId, IDENTITY));
  }

  @Test
  void setsThePolicyFeesForLateCancellationsAndNoShows() {
    VisitFees fees = new VisitFees(Money.of("50.00"), Money.of("75.00"));
    fixture
        .given(opened())
        .when(new SetVisitFeesCommand(clinicId, fees))
        .expectEvents(new VisitFeesSetEvent(clinicId, fees));
  }

  @Test
  void refusesNegativeFeesAndAnNpiWithAWrongCheckDigit() {
    assertThatThrownBy(() -> new VisitFees(Money.of("-1.00"), null)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> Npi.parse("1234567890"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("check digit");
    assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
  }
}
