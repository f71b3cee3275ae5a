package com.needlework.query.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.NeedlingRule;
import com.needlework.api.patient.PlanOfCare;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);
  private static final LocalDate EVALUATED_ON = LocalDate.of(2026, 11, 20);
  private static final RoomId ROOM_1 = RoomId.newId();
  private static final RoomId ROOM_2 = RoomId.newId();
  private static final VisitTypeSettings CALL =
      new VisitTypeSettings(
          VisitType.DISCOVERY_CALL,
          Duration.ofMinutes(20),
          Duration.ZERO,
          VisitLocation.PHONE,
          true);
  private static final VisitTypeSettings NEEDLING =
      new VisitTypeSettings(
          VisitType.NEEDLING_SESSION,
          Duration.ofMinutes(45),
          Duration.ofMinutes(15),
          VisitLocation.TREATMENT_ROOM,
          false);
  private static final CareSnapshot EVALUATED_WITH_SIX_SESSIONS = sixSessionPlan(2, Set.of());

  /** Evaluated once, with a plan of six sessions certified for 60 days, of which some are used. */
  private static CareSnapshot sixSessionPlan(int used, Set<Contraindication> open) {
    return new CareSnapshot(
        EVALUATED_ON, 1, new PlanOfCare(6, 2, EVALUATED_ON.plusDays(60)), used, open);
  }

  /** Phone-call starts on Monday morning with Maya, who is busy during {@code busy}. */
  private static List<AvailableSlot> mondayCallsWithMayaBusy(TimeSlot busy) {
    return FreeSlots.compute(
        mondayOnly(),
        CALL,
        List.of(
            new FreeSlots.Practitioner(
                PractitionerId.newId(), "Maya", mornings(DayOfWeek.MONDAY), List.of(busy))),
        List.of(),
        FreeSlots.Eligibility.ANYONE);
  }

  /** Starts of {@code type} on Monday morning with Maya, free all morning, for anyone. */
  private static List<AvailableSlot> mondayWithMaya(
      VisitTypeSettings type, PractitionerId maya, List<FreeSlots.Room> rooms) {
    return FreeSlots.compute(
        mondayOnly(), type, List.of(free(maya, "Maya")), rooms, FreeSlots.Eligibility.ANYONE);
  }

  private static void assertOnlyOnMonday(List<AvailableSlot> slots) {
    assertThat(slots)
        .isNotEmpty()
        .allSatisfy(slot -> assertThat(slot.start().toLocalDate()).isEqualTo(MONDAY));
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(LOS_ANGELES).toInstant();
  }

  private static WeeklyHours mornings(DayOfWeek... days) {
    return new WeeklyHours(
        Arrays.stream(days)
            .map(day -> new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(10, 0)))
            .toList());
  }

  private static FreeSlots.Window window(LocalDate from, LocalDate to, Instant earliest) {
    return new FreeSlots.Window(
        from,
        to,
        earliest,
        earliest.plus(Duration.ofDays(60)),
        LOS_ANGELES,
        Duration.ofMinutes(15));
  }

  private static FreeSlots.Window mondayOnly() {
    return window(MONDAY, MONDAY, local("2026-11-29T00:00"));
  }

  private static FreeSlots.Practitioner free(PractitionerId id, String name) {
    return new FreeSlots.Practitioner(
        id, name, mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), List.of());
  }

  private static FreeSlots.Room emptyRoom(RoomId id, String name) {
    return new FreeSlots.Room(id, name, List.of());
  }

  private static List<String> startTimes(List<AvailableSlot> slots) {
    return slots.stream().map(slot -> slot.start().toLocalTime().toString()).toList();
  }

  private static FreeSlots.Eligibility needlingIn(
      CareSnapshot care, Map<PractitionerId, List<DryNeedlingCredential>> credentials) {
    return FreeSlots.needling(care, credentials, "CA");
  }

  @Test
  void leavesOutEveryStartWhoseVisitWouldOverlapABooking() {
    TimeSlot booked = TimeSlot.starting(local("2026-11-30T09:00"), Duration.ofMinutes(20));
    List<AvailableSlot> slots = mondayCallsWithMayaBusy(booked);
    assertThat(startTimes(slots)).containsExactly("08:00", "08:15", "08:30", "09:30");
  }

  @Test
  void startsNoEarlierThanTheNotice() {
    PractitionerId maya = PractitionerId.newId();
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(MONDAY, MONDAY, local("2026-11-30T09:10")),
            CALL,
            List.of(free(maya, "Maya")),
            List.of(),
            FreeSlots.Eligibility.ANYONE);
    assertThat(startTimes(slots)).containsExactly("09:15", "09:30");
  }

  @Test
  void offersNoRoomForAPhoneCall() {
    List<AvailableSlot> slots =
        mondayWithMaya(CALL, PractitionerId.newId(), List.of(emptyRoom(ROOM_1, "Room 1")));
    assertThat(slots).isNotEmpty().allSatisfy(slot -> assertThat(slot.roomId()).isNull());
  }

  @Test
  void needsAFreeRoomForVisitsInATreatmentRoom() {
    PractitionerId maya = PractitionerId.newId();
    TimeSlot otherPractitionerInTheOnlyRoom =
        new TimeSlot(local("2026-11-30T08:00"), local("2026-11-30T09:00"));
    List<AvailableSlot> slots =
        mondayWithMaya(
            NEEDLING,
            maya,
            List.of(new FreeSlots.Room(ROOM_1, "Room 1", List.of(otherPractitionerInTheOnlyRoom))));
    assertThat(startTimes(slots)).containsExactly("09:00", "09:15");
    assertThat(slots).allSatisfy(slot -> assertThat(slot.roomId()).isEqualTo(ROOM_1));
  }

  @Test
  void offersNothingInATreatmentRoomWhenTheClinicHasNoRooms() {
    List<AvailableSlot> slots = mondayWithMaya(NEEDLING, PractitionerId.newId(), List.of());
    assertThat(slots).isEmpty();
  }

  @Test
  void offersTheFirstRoomThatIsFreeForTheWholeVisitAndItsBuffer() {
    TimeSlot roomOneFromNine = new TimeSlot(local("2026-11-30T09:00"), local("2026-11-30T10:00"));
    List<AvailableSlot> slots =
        FreeSlots.compute(
            mondayOnly(),
            NEEDLING,
            List.of(free(PractitionerId.newId(), "Maya")),
            List.of(
                new FreeSlots.Room(ROOM_1, "Room 1", List.of(roomOneFromNine)),
                emptyRoom(ROOM_2, "Room 2")),
            FreeSlots.Eligibility.ANYONE);
    assertThat(slots)
        .extracting(slot -> slot.start().toLocalTime() + " " + slot.roomName())
        .containsExactly(
            "08:00 Room 1",
            "08:15 Room 2",
            "08:30 Room 2",
            "08:45 Room 2",
            "09:00 Room 2",
            "09:15 Room 2");
  }

  @Test
  void treatsTimeOffAsBusy() {
    TimeSlot dentist = new TimeSlot(local("2026-11-30T08:00"), local("2026-11-30T09:30"));
    List<AvailableSlot> slots = mondayCallsWithMayaBusy(dentist);
    assertThat(startTimes(slots)).containsExactly("09:30");
  }

  @Test
  void offersNeedlingOnlyWithAPractitionerCredentialedInTheClinicsState() {
    PractitionerId maya = PractitionerId.newId();
    PractitionerId omar = PractitionerId.newId();
    FreeSlots.Eligibility eligibility =
        needlingIn(
            EVALUATED_WITH_SIX_SESSIONS,
            Map.of(
                maya, List.of(new DryNeedlingCredential("CA", LocalDate.of(2027, 12, 31))),
                omar, List.of(new DryNeedlingCredential("NV", LocalDate.of(2027, 12, 31)))));
    List<AvailableSlot> slots =
        FreeSlots.compute(
            mondayOnly(),
            NEEDLING,
            List.of(free(maya, "Maya"), free(omar, "Omar")),
            List.of(emptyRoom(ROOM_1, "Room 1")),
            eligibility);
    assertThat(slots)
        .isNotEmpty()
        .allSatisfy(slot -> assertThat(slot.practitionerId()).isEqualTo(maya));
  }

  @Test
  void offersNeedlingOnlyOnDatesTheCredentialIsStillValid() {
    PractitionerId maya = PractitionerId.newId();
    FreeSlots.Eligibility eligibility =
        needlingIn(
            EVALUATED_WITH_SIX_SESSIONS,
            Map.of(maya, List.of(new DryNeedlingCredential("CA", MONDAY))));
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(MONDAY, TUESDAY, local("2026-11-29T00:00")),
            NEEDLING,
            List.of(free(maya, "Maya")),
            List.of(emptyRoom(ROOM_1, "Room 1")),
            eligibility);
    assertOnlyOnMonday(slots);
  }

  @Test
  void offersNeedlingOnlyUntilThePlanOfCareIsCertified() {
    PractitionerId maya = PractitionerId.newId();
    CareSnapshot certifiedUntilMonday =
        new CareSnapshot(EVALUATED_ON, 1, new PlanOfCare(6, 2, MONDAY), 0, Set.of());
    FreeSlots.Window mondayAndTuesday = window(MONDAY, TUESDAY, local("2026-11-29T00:00"));
    FreeSlots.Eligibility eligibility =
        needlingIn(certifiedUntilMonday, credentialedInCaUntil2028(maya));
    List<AvailableSlot> slots =
        FreeSlots.compute(
            mondayAndTuesday,
            NEEDLING,
            List.of(free(maya, "Maya")),
            List.of(emptyRoom(ROOM_1, "Room 1")),
            eligibility);
    assertOnlyOnMonday(slots);
    assertThat(
            FreeSlots.refusedThroughout(mondayAndTuesday, List.of(free(maya, "Maya")), eligibility))
        .isEmpty();
  }

  private static Map<PractitionerId, List<DryNeedlingCredential>> credentialedInCaUntil2028(
      PractitionerId practitioner) {
    return Map.of(
        practitioner, List.of(new DryNeedlingCredential("CA", LocalDate.of(2027, 12, 31))));
  }

  /** The rule that refuses Maya, credentialed in CA, a needling session throughout the window. */
  private static Optional<NeedlingRule> ruleRefusedThroughout(
      FreeSlots.Window window, PractitionerId maya, CareSnapshot care) {
    return FreeSlots.refusedThroughout(
            window, List.of(free(maya, "Maya")), needlingIn(care, credentialedInCaUntil2028(maya)))
        .map(refusal -> refusal.rule());
  }

  @Test
  void namesTheRuleWhenAPatientWithoutEvaluationMayHaveNoSessionAtAll() {
    PractitionerId maya = PractitionerId.newId();
    assertThat(
            ruleRefusedThroughout(
                window(MONDAY, TUESDAY, local("2026-11-29T00:00")),
                maya,
                CareSnapshot.notEvaluated()))
        .contains(NeedlingRule.EVALUATION_REQUIRED);
  }

  @Test
  void namesTheRuleWhenThePlanOfCareIsUsedUp() {
    PractitionerId maya = PractitionerId.newId();
    CareSnapshot exhausted = sixSessionPlan(6, Set.of());
    assertThat(ruleRefusedThroughout(mondayOnly(), maya, exhausted))
        .contains(NeedlingRule.PLAN_OF_CARE_EXHAUSTED);
  }

  @Test
  void namesTheRuleWhenAContraindicationIsOpen() {
    PractitionerId maya = PractitionerId.newId();
    CareSnapshot pregnant = sixSessionPlan(0, Set.of(Contraindication.PREGNANCY));
    assertThat(ruleRefusedThroughout(mondayOnly(), maya, pregnant))
        .contains(NeedlingRule.CONTRAINDICATION_OPEN);
  }

  @Test
  void namesTheRuleWhenNoPractitionerIsCredentialed() {
    assertThat(
            FreeSlots.refusedThroughout(
                    mondayOnly(),
                    List.of(free(PractitionerId.newId(), "Maya")),
                    needlingIn(EVALUATED_WITH_SIX_SESSIONS, Map.of()))
                .map(refusal -> refusal.rule()))
        .contains(NeedlingRule.PRACTITIONER_NOT_CREDENTIALED);
  }

  @Test
  void refusesNothingWhenOnePractitionerIsAllowedOnOneDate() {
    PractitionerId maya = PractitionerId.newId();
    PractitionerId omar = PractitionerId.newId();
    assertThat(
            FreeSlots.refusedThroughout(
                window(MONDAY, TUESDAY, local("2026-11-29T00:00")),
                List.of(free(omar, "Omar"), free(maya, "Maya")),
                needlingIn(
                    EVALUATED_WITH_SIX_SESSIONS,
                    Map.of(maya, List.of(new DryNeedlingCredential("CA", TUESDAY))))))
        .isEmpty();
  }

  @Test
  void showsTheClinicsOffsetOnEachSideOfTheDaylightSavingChange() {
    PractitionerId maya = PractitionerId.newId();
    List<AvailableSlot> slots =
        FreeSlots.compute(
            window(
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2), local("2026-10-29T00:00")),
            CALL,
            List.of(
                new FreeSlots.Practitioner(
                    maya, "Maya", mornings(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), List.of())),
            List.of(),
            FreeSlots.Eligibility.ANYONE);
    AvailableSlot fridayFirst = slots.get(0);
    AvailableSlot mondayFirst =
        slots.stream()
            .filter(slot -> slot.start().toLocalDate().equals(LocalDate.of(2026, 11, 2)))
            .findFirst()
            .orElseThrow();
    assertThat(fridayFirst.start().toString()).isEqualTo("2026-10-30T08:00-07:00");
    assertThat(mondayFirst.start().toString()).isEqualTo("2026-11-02T08:00-08:00");
    assertThat(mondayFirst.start().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 16, 0).toInstant(ZoneOffset.UTC));
  }
}
