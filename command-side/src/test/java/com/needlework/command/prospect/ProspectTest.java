package com.needlework.command.prospect;

import com.needlework.api.common.InvalidValueException;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.api.prospect.RegisterProspectCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProspectTest {

  private final ProspectId id = ProspectId.newId();
  private AggregateTestFixture<Prospect> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Prospect.class);
  }

  @Test
  void registersACallerAsAProspect() {
    ContactDetails contact = new ContactDetails("Ann Smith", "+1 415 555 0100", "ann@example.com");
    fixture
        .givenNoPriorActivity()
        .when(new RegisterProspectCommand(id, contact))
        .expectEvents(new ProspectRegisteredEvent(id, contact));
  }

  @Test
  void refusesAProspectWithoutContactDetails() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterProspectCommand(id, null))
        .expectNoEvents()
        .expectException(InvalidValueException.class);
  }
}
