package com.needlework.command.clinic;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.PractitionerRegisteredEvent;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PractitionerTest {

  private final PractitionerId id = PractitionerId.newId();
  private AggregateTestFixture<Practitioner> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Practitioner.class);
  }

  @Test
  void registersAPractitionerWithWeeklyHours() {
    WeeklyHours hours =
        new WeeklyHours(
            List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPractitionerCommand(id, "Maya Chen, DPT", hours))
        .expectEvents(new PractitionerRegisteredEvent(id, "Maya Chen, DPT", hours));
  }

  @Test
  void registersAPractitionerWithoutHoursAsNotYetWorking() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPractitionerCommand(id, "Maya Chen", null))
        .expectEvents(new PractitionerRegisteredEvent(id, "Maya Chen", new WeeklyHours(List.of())));
  }

  @Test
  void refusesAPractitionerWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPractitionerCommand(id, " ", null))
        .expectNoEvents()
        .expectException(InvalidValueException.class)
        .expectExceptionMessage("A practitioner name is required");
  }
}
