package com.needlework.command.prospect;

import com.needlework.api.common.Refusal;
import com.needlework.api.patient.ConvertProspectCommand;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.ProspectConvertedEvent;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.api.prospect.RegisterProspectCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ProspectTest {

  private final ProspectId id = ProspectId.newId();
  private final AggregateTestFixture<Prospect> fixture = new AggregateTestFixture<>(Prospect.class);

  @Test
  void registersACallerAsAProspect() {
    ContactDetails contact = new ContactDetails("Ann Smith", "+1 415 555 0100", "ann@example.com");
    fixture
        .givenNoPriorActivity()
        .when(new RegisterProspectCommand(id, contact))
        .expectEvents(new ProspectRegisteredEvent(id, contact));
  }

  @Test
  void convertsIntoAPatientAndHandsOverTheContactDetails() {
    ContactDetails contact = new ContactDetails("Ann Smith", "+1 415 555 0100", "ann@example.com");
    PatientId patientId = PatientId.newId();
    fixture
        .given(new ProspectRegisteredEvent(id, contact))
        .when(new ConvertProspectCommand(id, patientId))
        .expectEvents(new ProspectConvertedEvent(id, patientId))
        .expectResultMessagePayload(contact);
  }

  @Test
  void refusesToConvertAProspectTwice() {
    ContactDetails contact = new ContactDetails("Ann Smith", "+1 415 555 0100", "ann@example.com");
    PatientId first = PatientId.newId();
    fixture
        .given(new ProspectRegisteredEvent(id, contact), new ProspectConvertedEvent(id, first))
        .when(new ConvertProspectCommand(id, PatientId.newId()))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesAProspectWithoutContactDetails() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterProspectCommand(id, null))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
