package com.needlework.command.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.AcceptWaitlistOfferCommand;
import com.needlework.api.waitlist.AddToWaitlistCommand;
import com.needlework.api.waitlist.DeclineWaitlistOfferCommand;
import com.needlework.api.waitlist.OfferWaitlistSlotCommand;
import com.needlework.api.waitlist.PatientWaitlistedEvent;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistOffer;
import com.needlework.api.waitlist.WaitlistOfferAcceptedEvent;
import com.needlework.api.waitlist.WaitlistOfferDeclinedEvent;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.api.waitlist.WaitlistSlotOfferedEvent;
import com.needlework.command.patient.CareRecords;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WaitlistEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

  private final WaitlistEntryId entryId = WaitlistEntryId.newId();
  private final PatientId knownPatient = PatientId.newId();
  private final WaitlistPreferences tuesdayMornings =
      new WaitlistPreferences(
          Set.of(DayOfWeek.TUESDAY), LocalTime.of(8, 0), LocalTime.of(12, 0), null);
  private final WaitlistOffer offer =
      new WaitlistOffer(
          TimeSlot.starting(Instant.parse("2026-12-01T17:00:00Z"), Duration.ofMinutes(45)),
          PractitionerId.newId(),
          RoomId.newId());
  private AggregateTestFixture<WaitlistEntry> fixture;

  @BeforeEach
  void setUp() {
    CareRecords care =
        patientId ->
            patientId.equals(knownPatient)
                ? Optional.of(CareSnapshot.notEvaluated())
                : Optional.empty();
    fixture = new AggregateTestFixture<>(WaitlistEntry.class);
    fixture.registerInjectableResource(care);
    fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private PatientWaitlistedEvent waitlisted() {
    return new PatientWaitlistedEvent(
        entryId, knownPatient, VisitType.NEEDLING_SESSION, tuesdayMornings, NOW);
  }

  private WaitlistSlotOfferedEvent offered() {
    return new WaitlistSlotOfferedEvent(entryId, knownPatient, VisitType.NEEDLING_SESSION, offer);
  }

  @Test
  void putsAPatientOnTheWaitlistForNeedling() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AddToWaitlistCommand(
                entryId, knownPatient, VisitType.NEEDLING_SESSION, tuesdayMornings))
        .expectEvents(waitlisted());
  }

  @Test
  void refusesTheWaitlistForDiscoveryCalls() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AddToWaitlistCommand(
                entryId, knownPatient, VisitType.DISCOVERY_CALL, tuesdayMornings))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesAnUnknownPatient() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AddToWaitlistCommand(
                entryId, PatientId.newId(), VisitType.NEEDLING_SESSION, tuesdayMornings))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void offersAFreedSlotToAWaitingPatient() {
    fixture
        .given(waitlisted())
        .when(new OfferWaitlistSlotCommand(entryId, offer))
        .expectEvents(offered());
  }

  @Test
  void holdsOneOfferAtATime() {
    fixture
        .given(waitlisted(), offered())
        .when(new OfferWaitlistSlotCommand(entryId, offer))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void acceptingAnOfferNamesTheVisitItBooks() {
    VisitId visitId = VisitId.newId();
    fixture
        .given(waitlisted(), offered())
        .when(new AcceptWaitlistOfferCommand(entryId, visitId))
        .expectEvents(new WaitlistOfferAcceptedEvent(entryId, knownPatient, offer, visitId))
        .expectResultMessagePayload(
            new AcceptedOffer(knownPatient, VisitType.NEEDLING_SESSION, offer));
  }

  @Test
  void decliningAnOfferPutsThePatientBackToWaiting() {
    fixture
        .given(waitlisted(), offered())
        .when(new DeclineWaitlistOfferCommand(entryId))
        .expectEvents(
            new WaitlistOfferDeclinedEvent(
                entryId, knownPatient, VisitType.NEEDLING_SESSION, offer));
  }

  @Test
  void refusesToAcceptWhenNothingIsOffered() {
    fixture
        .given(waitlisted())
        .when(new AcceptWaitlistOfferCommand(entryId, VisitId.newId()))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
