package com.needlework.query.availability;

import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.NeedlingEligibility.Ineligible;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import com.needlework.query.clinic.ClinicRecords.TimeOffView;
import com.needlework.query.patient.PatientRecords;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers which slots are open, from the clinic clinicRecords, the schedule and, for needling, the
 * patient's care read models.
 */
@Component
public class AvailabilityQueries {

  static final int MAX_DAYS = 62;

  private final JdbcClient jdbc;
  private final ClinicRecords clinicRecords;
  private final PatientRecords patients;
  private final PhiAccessLog audit;
  private final ClinicClock clock;

  AvailabilityQueries(
      JdbcClient jdbc,
      ClinicRecords clinicRecords,
      PatientRecords patients,
      PhiAccessLog audit,
      ClinicClock clock) {
    this.jdbc = jdbc;
    this.clinicRecords = clinicRecords;
    this.patients = patients;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Open slots; for a needling session only those the patient would be allowed, and a refusal
   * naming the rule when the rules allow none in the whole window.
   */
  public OpenSlots find(SlotSearch query) {
    PatientId patient = query.patientId();
    if (query.to().isBefore(query.from())) {
      throw Refusal.invalid("'to' (" + query.to() + ") is before 'from'");
    }
    if (ChronoUnit.DAYS.between(query.from(), query.to()) >= MAX_DAYS) {
      throw Refusal.invalid("Ask for at most " + MAX_DAYS + " days of availability at a time");
    }
    ClinicView clinic = clinicRecords.openClinic();
    VisitTypeSettings settings =
        clinicRecords
            .visitType(query.visitType())
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "VISIT_TYPE_NOT_OFFERED",
                        "The clinic does not offer " + query.visitType() + " visits"));
    boolean publicCaller = query.channel() == BookingChannel.PUBLIC;
    if (publicCaller && !settings.publiclyBookable()) {
      throw Refusal.rule(
          "NOT_PUBLICLY_BOOKABLE",
          query.visitType() + " visits can only be booked by the clinic's staff");
    }
    boolean needling = query.visitType() == VisitType.NEEDLING_SESSION;
    if (needling && patient == null) {
      throw Refusal.invalid("Needling availability depends on the patient: give a patientId");
    }
    List<PractitionerView> practitioners = clinicRecords.practitioners(query.practitionerId());
    BookingRules rules = clinic.rules();
    Instant now = clock.now();
    FreeSlots.Window window =
        new FreeSlots.Window(
            query.from(),
            query.to(),
            publicCaller ? now.plus(rules.minimumNotice()) : now,
            now.plus(publicCaller ? rules.publicHorizon() : rules.staffHorizon()),
            clinic.zone(),
            rules.slotStep());
    Instant rangeStart = query.from().minusDays(1).atStartOfDay(clinic.zone()).toInstant();
    Instant rangeEnd = query.to().plusDays(2).atStartOfDay(clinic.zone()).toInstant();
    List<Occupied> occupied = occupied(rangeStart, rangeEnd);
    List<FreeSlots.Practitioner> candidates =
        candidates(practitioners, occupied, clinicRecords.timeOff(rangeStart, rangeEnd));
    FreeSlots.Eligibility eligibility =
        needling
            ? needlingEligibility(patient, clinic, window, candidates)
            : FreeSlots.Eligibility.ANYONE;
    return new OpenSlots(
        clinic.zone(),
        FreeSlots.compute(window, settings, candidates, rooms(occupied), eligibility));
  }

  /** Refuses with the rule when the patient may have no session in the whole window. */
  private FreeSlots.Eligibility needlingEligibility(
      PatientId patient,
      ClinicView clinic,
      FreeSlots.Window window,
      List<FreeSlots.Practitioner> candidates) {
    CareSnapshot care = patients.care(patient);
    audit.record("CHECK_NEEDLING_ELIGIBILITY", "patient=" + patient);
    FreeSlots.Eligibility eligibility =
        FreeSlots.needling(care, clinicRecords.credentials(), clinic.state());
    Optional<Ineligible> refusal = FreeSlots.refusedThroughout(window, candidates, eligibility);
    if (refusal.isPresent()) {
      throw refusal.get().refusal();
    }
    return eligibility;
  }

  /** Practitioners are busy with their booked or under-way visits and on their time off. */
  private static List<FreeSlots.Practitioner> candidates(
      List<PractitionerView> practitioners, List<Occupied> occupied, List<TimeOffView> timeOff) {
    Map<PractitionerId, List<TimeSlot>> busy = new HashMap<>();
    occupied.forEach(
        o -> busy.computeIfAbsent(o.practitioner(), id -> new ArrayList<>()).add(o.slot()));
    timeOff.forEach(
        t -> busy.computeIfAbsent(t.practitionerId(), id -> new ArrayList<>()).add(t.period()));
    return practitioners.stream()
        .map(
            p ->
                new FreeSlots.Practitioner(
                    p.id(), p.name(), p.hours(), busy.getOrDefault(p.id(), List.of())))
        .toList();
  }

  private List<FreeSlots.Room> rooms(List<Occupied> occupied) {
    Map<RoomId, List<TimeSlot>> busy =
        occupied.stream()
            .filter(o -> o.room() != null)
            .collect(
                Collectors.groupingBy(
                    Occupied::room, Collectors.mapping(Occupied::slot, Collectors.toList())));
    return clinicRecords.rooms().stream()
        .map(r -> new FreeSlots.Room(r.id(), r.name(), busy.getOrDefault(r.id(), List.of())))
        .toList();
  }

  /** A booked or under-way visit: its practitioner, its room if any, and the time it holds. */
  private record Occupied(PractitionerId practitioner, RoomId room, TimeSlot slot) {}

  private List<Occupied> occupied(Instant from, Instant to) {
    return jdbc.sql(
            "SELECT practitioner_id, room_id, start_at, occupied_until"
                + " FROM rm_visit WHERE status IN ('BOOKED', 'ARRIVED')"
                + " AND start_at < :to AND occupied_until > :from")
        .param("from", from.atOffset(ZoneOffset.UTC))
        .param("to", to.atOffset(ZoneOffset.UTC))
        .query(
            (rs, row) ->
                new Occupied(
                    new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                    room(rs.getObject("room_id", UUID.class)),
                    new TimeSlot(
                        rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("occupied_until", OffsetDateTime.class).toInstant())))
        .list();
  }

  private static RoomId room(UUID room) {
    return room == null ? null : new RoomId(room);
  }
}
