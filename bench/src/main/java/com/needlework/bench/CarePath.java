package com.needlework.bench;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.OverrideContraindicationCommand;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.Screening;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.RecordNoShowCommand;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.command.scheduling.DiscoveryCallRequest;
import com.needlework.command.scheduling.NeedlingSeriesBooking;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A patient's way through the clinic, step by step on the agenda: a discovery call, conversion, an
 * evaluation with a plan of care, a course of needling sessions (as a series when one time suits
 * every week, else one by one), and now and then a cancellation, a no-show, a moved visit, a
 * replacement session or a re-evaluation. Every step is one the rules allow at that moment.
 */
final class CarePath {

  private static final double ONLINE_CALLS = 0.75;
  private static final double CONVERSION = 0.6;
  private static final double CONTRAINDICATION = 0.08;
  private static final double OVERRIDE = 0.5;
  private static final double ELECTRICAL_STIMULATION = 0.3;
  private static final double REBOOK_CANCELLED_EVALUATION = 0.7;
  private static final double REBOOK_MISSED_EVALUATION = 0.5;
  private static final double REPLACE_SESSION = 0.8;
  private static final double RE_EVALUATION = 0.25;
  private static final LocalTime EARLIEST_WISH = LocalTime.of(8, 0);
  private static final int WISH_SPAN_MINUTES = 9 * 60 + 30;
  private static final Duration STAFF_CALL_NOTICE = Duration.ofHours(1);
  private static final int CALL_DAYS = 10;
  private static final int SESSION_DAYS = 6;
  private static final int RESCHEDULE_DAYS = 10;
  private static final List<Set<DayOfWeek>> SERIES_WEEKDAYS =
      List.of(
          EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
          EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
          EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
          EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
          EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
  private static final List<String> CANCEL_REASONS =
      List.of(
          "Patient called to cancel",
          "Patient is ill",
          "Work conflict",
          "No transport that day",
          "Childcare fell through");

  /** Steps that found no time the rules and the calendar allowed (not errors: a full calendar). */
  enum Shortfall {
    CALL_NO_SLOT,
    EVALUATION_NO_SLOT,
    SESSION_NO_SLOT,
    RESCHEDULE_NO_SLOT
  }

  private final ClinicLayout clinic;
  private final Agenda agenda;
  private final SimulatedClock clock;
  private final SlotFinder finder;
  private final Frontdesk desk;
  private final Map<PractitionerId, LocalDate> credentialedUntil;
  private final Random random;
  private final People people;
  private final List<GeneratedVisit> visits = new ArrayList<>();
  private final List<GeneratedPatient> patients = new ArrayList<>();
  private final Map<Shortfall, Integer> shortfalls = new EnumMap<>(Shortfall.class);
  private int seriesBooked;

  CarePath(
      ClinicLayout clinic,
      Agenda agenda,
      SimulatedClock clock,
      SlotFinder finder,
      Frontdesk desk,
      Map<PractitionerId, LocalDate> credentialedUntil,
      Random random) {
    this.clinic = clinic;
    this.agenda = agenda;
    this.clock = clock;
    this.finder = finder;
    this.desk = desk;
    this.credentialedUntil = credentialedUntil;
    this.random = random;
    this.people = new People(random);
  }

  List<GeneratedVisit> visits() {
    return visits;
  }

  List<GeneratedPatient> patients() {
    return patients;
  }

  Map<Shortfall, Integer> shortfalls() {
    return shortfalls;
  }

  int seriesBooked() {
    return seriesBooked;
  }

  /** Someone asks for a discovery call, online or on the phone, for one of the next days. */
  void lead() {
    boolean online = random.nextDouble() < ONLINE_CALLS;
    Instant notBefore = now().plus(online ? clinic.rules().minimumNotice() : STAFF_CALL_NOTICE);
    Duration grid = online ? clinic.rules().slotStep() : SlotFinder.STAFF_GRID;
    LocalTime wish = wish();
    for (LocalDate date : datesFrom(today().plusDays(1), today().plusDays(CALL_DAYS))) {
      for (ClinicLayout.Practitioner practitioner : shuffled(clinic.workingOn(date))) {
        Optional<SlotFinder.Placement> placement =
            finder.find(
                VisitType.DISCOVERY_CALL, practitioner, List.of(), date, notBefore, grid, wish);
        if (placement.isPresent()) {
          bookCall(placement.get(), online ? BookingChannel.PUBLIC : BookingChannel.STAFF);
          return;
        }
      }
    }
    shortfalls.merge(Shortfall.CALL_NO_SLOT, 1, Integer::sum);
  }

  private void bookCall(SlotFinder.Placement placement, BookingChannel channel) {
    desk.bookCall(
            new DiscoveryCallRequest(
                people.next(),
                placement.slot().start(),
                placement.practitioner().id(),
                "Low back pain, asking about dry needling",
                channel))
        .ifPresent(
            call ->
                booked(
                    new GeneratedVisit(
                        call.visitId(),
                        VisitType.DISCOVERY_CALL,
                        placement,
                        call.prospectId(),
                        null,
                        false)));
  }

  private void booked(GeneratedVisit visit) {
    visits.add(visit);
    follow(visit, Fate.draw(visit.type, random));
  }

  private void follow(GeneratedVisit visit, Fate fate) {
    Instant start = visit.slot.start();
    switch (fate) {
      case ATTENDED -> attend(visit);
      case CANCELLED_EARLY ->
          agenda.at(
              between(start.minus(Duration.ofDays(6)), start.minus(Duration.ofHours(30))),
              () -> cancel(visit));
      case CANCELLED_LATE ->
          agenda.at(
              between(start.minus(Duration.ofHours(20)), start.minus(Duration.ofHours(1))),
              () -> cancel(visit));
      case NO_SHOW -> agenda.at(start.plus(Duration.ofMinutes(15)), () -> noShow(visit));
      case RESCHEDULED ->
          agenda.at(
              between(start.minus(Duration.ofDays(4)), start.minus(Duration.ofHours(3))),
              () -> reschedule(visit));
    }
  }

  private void attend(GeneratedVisit visit) {
    if (visit.type == VisitType.DISCOVERY_CALL) {
      agenda.at(visit.slot.end().plus(Duration.ofMinutes(1)), () -> completeCall(visit));
    } else {
      agenda.at(visit.slot.start().minus(Duration.ofMinutes(10)), () -> checkIn(visit));
    }
  }

  private void checkIn(GeneratedVisit visit) {
    if (desk.send("check in", new CheckInVisitCommand(visit.id))) {
      visit.status = VisitStatus.ARRIVED;
      agenda.at(
          visit.slot.end().plus(Duration.ofMinutes(3)),
          () -> {
            if (visit.type == VisitType.EVALUATION) {
              completeEvaluation(visit);
            } else {
              completeSession(visit);
            }
          });
    }
  }

  private void completeCall(GeneratedVisit visit) {
    if (!desk.complete(visit.id, null, null)) {
      return;
    }
    visit.status = VisitStatus.FULFILLED;
    if (random.nextDouble() < CONVERSION) {
      desk.convert(visit.prospect, people.birthDate())
          .ifPresent(
              id -> {
                GeneratedPatient patient = new GeneratedPatient(id, wish(), visit.practitioner);
                patients.add(patient);
                bookEvaluation(patient, today().plusDays(2), today().plusDays(7));
              });
    }
  }

  private void bookEvaluation(GeneratedPatient patient, LocalDate from, LocalDate to) {
    for (LocalDate date : datesFrom(from, to.plusDays(14))) {
      for (ClinicLayout.Practitioner practitioner : preferring(patient.practitioner)) {
        Optional<SlotFinder.Placement> placement =
            finder.find(
                VisitType.EVALUATION,
                practitioner,
                finder.roomsFor(practitioner),
                date,
                now(),
                SlotFinder.STAFF_GRID,
                patient.preferredTime);
        if (placement.isPresent()) {
          SlotFinder.Placement at = placement.get();
          VisitId id = VisitId.newId();
          if (desk.send(
              "book evaluation",
              new BookEvaluationCommand(
                  id, patient.id, practitioner.id(), at.room(), at.slot().start(), false))) {
            patient.practitioner = practitioner;
            booked(new GeneratedVisit(id, VisitType.EVALUATION, at, null, patient, false));
          }
          return;
        }
      }
    }
    shortfalls.merge(Shortfall.EVALUATION_NO_SLOT, 1, Integer::sum);
  }

  private void completeEvaluation(GeneratedVisit visit) {
    GeneratedPatient patient = visit.patient;
    Contraindication found =
        random.nextDouble() < CONTRAINDICATION
            ? Contraindication.values()[random.nextInt(Contraindication.values().length)]
            : null;
    PlanOfCare plan =
        new PlanOfCare(6 + random.nextInt(7), 2, today().plusDays(60 + random.nextInt(31)));
    EvaluationFindings findings =
        new EvaluationFindings(
            complexity(),
            found == null ? Screening.clear() : new Screening(Set.of(found), "Found at evaluation"),
            plan,
            new Diagnoses(List.of(DiagnosisCode.parse("M54.50"))));
    if (!desk.complete(visit.id, findings, null)) {
      return;
    }
    visit.status = VisitStatus.FULFILLED;
    patient.evaluatedOn = today();
    patient.plan = plan;
    patient.planNumber++;
    patient.sessionsCounted = 0;
    patient.sessionsAhead = 0;
    patient.mayBeNeedled =
        found == null
            || (random.nextDouble() < OVERRIDE
                && desk.send(
                    "override contraindication",
                    new OverrideContraindicationCommand(
                        patient.id,
                        found,
                        "Benefit outweighs the risk; discussed with the patient's physician",
                        visit.practitioner.name())));
    if (patient.mayBeNeedled) {
      LocalDate first = today().plusDays(2 + random.nextInt(3));
      if (!bookSeries(patient, first)) {
        bookOneByOne(patient, first);
      }
    }
  }

  /** Books the whole course as one series, if one weekly time suits every session. */
  private boolean bookSeries(GeneratedPatient patient, LocalDate earliest) {
    ClinicLayout.Practitioner practitioner = patient.practitioner;
    VisitTypeSettings needling = clinic.settings(VisitType.NEEDLING_SESSION);
    int count = patient.plan.sessionsAllowed();
    for (Set<DayOfWeek> weekdays : shuffled(SERIES_WEEKDAYS)) {
      LocalDate first = earliest;
      while (!weekdays.contains(first.getDayOfWeek())) {
        first = first.plusDays(1);
      }
      List<LocalDate> dates = seriesDates(first, weekdays, count);
      if (!dates.stream().allMatch(d -> eligible(patient, practitioner, d))) {
        continue;
      }
      SlotFinder.Held held =
          finder.held(
              practitioner,
              finder.roomsFor(practitioner),
              clinic.days(dates.get(0), dates.get(dates.size() - 1)));
      for (LocalTime time : timesNear(patient.preferredTime)) {
        List<TimeSlot> slots =
            dates.stream()
                .map(d -> TimeSlot.starting(clinic.at(d, time).toInstant(), needling.length()))
                .toList();
        Optional<RoomId> room = finder.roomForAll(needling, practitioner, held, slots);
        if (room.isPresent()) {
          bookSeries(patient, practitioner, room.get(), slots.get(0), weekdays, count);
          return true;
        }
      }
    }
    return false;
  }

  private void bookSeries(
      GeneratedPatient patient,
      ClinicLayout.Practitioner practitioner,
      RoomId room,
      TimeSlot first,
      Set<DayOfWeek> weekdays,
      int count) {
    boolean stimulation = random.nextDouble() < ELECTRICAL_STIMULATION;
    Duration length = clinic.settings(VisitType.NEEDLING_SESSION).length();
    desk.bookSeries(
            new NeedlingSeriesBooking.Request(
                patient.id,
                practitioner.id(),
                room,
                first.start().atZone(clinic.zone()).toOffsetDateTime(),
                weekdays,
                count,
                stimulation,
                false))
        .ifPresent(
            result -> {
              seriesBooked++;
              result.occurrences().stream()
                  .filter(o -> o.visitId() != null)
                  .forEach(
                      o ->
                          bookedSession(
                              patient,
                              new GeneratedVisit(
                                  o.visitId(),
                                  VisitType.NEEDLING_SESSION,
                                  new SlotFinder.Placement(
                                      practitioner,
                                      room,
                                      TimeSlot.starting(o.start().toInstant(), length)),
                                  null,
                                  patient,
                                  stimulation)));
            });
  }

  /**
   * Books the course session by session, each some days after the one before (as the plan's
   * sessions a week allow) wherever there is room; a full week pushes the rest of the course back.
   */
  private void bookOneByOne(GeneratedPatient patient, LocalDate first) {
    int spacing = Math.max(1, 7 / patient.plan.sessionsPerWeek());
    LocalDate earliest = first;
    for (int session = 0; session < patient.plan.sessionsAllowed(); session++) {
      if (earliest.isAfter(patient.plan.certifiedUntil())) {
        return;
      }
      Optional<LocalDate> booked = bookSession(patient, earliest, earliest.plusDays(SESSION_DAYS));
      earliest =
          booked.map(day -> day.plusDays(spacing)).orElse(earliest.plusDays(SESSION_DAYS + 1));
    }
  }

  /** Books one session on the first day in the range with room for it; answers that day. */
  private Optional<LocalDate> bookSession(GeneratedPatient patient, LocalDate from, LocalDate to) {
    boolean stimulation = random.nextDouble() < ELECTRICAL_STIMULATION;
    for (LocalDate date : datesFrom(from, to)) {
      for (ClinicLayout.Practitioner practitioner : preferring(patient.practitioner)) {
        if (!eligible(patient, practitioner, date)) {
          continue;
        }
        Optional<SlotFinder.Placement> placement =
            finder.find(
                VisitType.NEEDLING_SESSION,
                practitioner,
                finder.roomsFor(practitioner),
                date,
                now(),
                SlotFinder.STAFF_GRID,
                patient.preferredTime);
        if (placement.isPresent()) {
          SlotFinder.Placement at = placement.get();
          VisitId id = VisitId.newId();
          if (desk.send(
              "book needling session",
              new BookNeedlingSessionCommand(
                  id,
                  patient.id,
                  practitioner.id(),
                  at.room(),
                  at.slot().start(),
                  stimulation,
                  null,
                  false))) {
            bookedSession(
                patient,
                new GeneratedVisit(id, VisitType.NEEDLING_SESSION, at, null, patient, stimulation));
          }
          return Optional.of(date);
        }
      }
    }
    shortfalls.merge(Shortfall.SESSION_NO_SLOT, 1, Integer::sum);
    return Optional.empty();
  }

  private void bookedSession(GeneratedPatient patient, GeneratedVisit session) {
    patient.sessionsCounted++;
    patient.sessionsAhead++;
    booked(session);
  }

  private void completeSession(GeneratedVisit visit) {
    ElectricalStimulation stimulation =
        !visit.electricalStimulation
            ? ElectricalStimulation.NONE
            : random.nextDouble() < 0.6
                ? ElectricalStimulation.UNATTENDED
                : ElectricalStimulation.ATTENDED;
    NeedlingTreatment treatment =
        new NeedlingTreatment(
            random.nextDouble() < 0.55 ? MusclesNeedled.THREE_OR_MORE : MusclesNeedled.ONE_OR_TWO,
            stimulation,
            stimulation == ElectricalStimulation.ATTENDED ? 8 + random.nextInt(8) : 0,
            10 + random.nextInt(11),
            random.nextInt(16));
    if (desk.complete(visit.id, null, treatment)) {
      visit.status = VisitStatus.FULFILLED;
      visit.patient.sessionsAhead--;
      courseGoesOn(visit.patient);
    }
  }

  /** After the last session of a course, some patients come back for a re-evaluation. */
  private void courseGoesOn(GeneratedPatient patient) {
    if (patient.sessionsAhead == 0 && random.nextDouble() < RE_EVALUATION) {
      bookEvaluation(patient, today().plusDays(3), today().plusDays(10));
    }
  }

  private void cancel(GeneratedVisit visit) {
    String reason = CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size()));
    if (desk.send("cancel visit", new CancelVisitCommand(visit.id, reason))) {
      visit.status = VisitStatus.CANCELLED;
      visit.lateCancellation =
          now().plus(clinic.rules().lateCancellationWindow()).isAfter(visit.slot.start());
      released(visit, REBOOK_CANCELLED_EVALUATION);
    }
  }

  private void noShow(GeneratedVisit visit) {
    if (desk.send("record no-show", new RecordNoShowCommand(visit.id))) {
      visit.status = VisitStatus.NOSHOW;
      released(visit, REBOOK_MISSED_EVALUATION);
    }
  }

  /** A cancelled or missed visit frees its time; patients book a new one. */
  private void released(GeneratedVisit visit, double rebookEvaluation) {
    LocalDate day = visit.slot.start().atZone(clinic.zone()).toLocalDate();
    LocalDate from = later(today().plusDays(1), day.plusDays(1));
    GeneratedPatient patient = visit.patient;
    if (visit.type == VisitType.EVALUATION && random.nextDouble() < rebookEvaluation) {
      bookEvaluation(patient, from, from.plusDays(6));
    }
    if (visit.type == VisitType.NEEDLING_SESSION && visit.planNumber == patient.planNumber) {
      patient.sessionsCounted--;
      patient.sessionsAhead--;
      if (random.nextDouble() < REPLACE_SESSION) {
        bookSession(patient, from, day.plusDays(7));
      }
      courseGoesOn(patient);
    }
  }

  /** Moves the visit to another day soon after, same practitioner and room; else it stays. */
  private void reschedule(GeneratedVisit visit) {
    LocalDate day = visit.slot.start().atZone(clinic.zone()).toLocalDate();
    LocalTime time = visit.slot.start().atZone(clinic.zone()).toLocalTime();
    List<RoomId> room = visit.room == null ? List.of() : List.of(visit.room);
    for (LocalDate date : datesFrom(day.plusDays(1), day.plusDays(RESCHEDULE_DAYS))) {
      if (visit.type == VisitType.NEEDLING_SESSION
          && !eligibleToMove(visit.patient, visit.practitioner, date)) {
        continue;
      }
      Optional<SlotFinder.Placement> placement =
          finder.find(
              visit.type, visit.practitioner, room, date, now(), SlotFinder.STAFF_GRID, time);
      if (placement.isPresent()) {
        TimeSlot moved = placement.get().slot();
        if (desk.send("reschedule visit", new RescheduleVisitCommand(visit.id, moved.start()))) {
          visit.slot = moved;
          visit.rescheduled = true;
        }
        attend(visit);
        return;
      }
    }
    shortfalls.merge(Shortfall.RESCHEDULE_NO_SLOT, 1, Integer::sum);
    attend(visit);
  }

  private boolean eligible(
      GeneratedPatient patient, ClinicLayout.Practitioner practitioner, LocalDate date) {
    return patient.eligibleOn(date) && credentialed(practitioner, date);
  }

  /** A session being moved counts already: only the dates and the credential matter. */
  private boolean eligibleToMove(
      GeneratedPatient patient, ClinicLayout.Practitioner practitioner, LocalDate date) {
    return !date.isAfter(patient.plan.certifiedUntil()) && credentialed(practitioner, date);
  }

  private boolean credentialed(ClinicLayout.Practitioner practitioner, LocalDate date) {
    LocalDate until = credentialedUntil.get(practitioner.id());
    return until != null && !date.isAfter(until);
  }

  private EvaluationComplexity complexity() {
    double roll = random.nextDouble();
    return roll < 0.3
        ? EvaluationComplexity.LOW
        : roll < 0.8 ? EvaluationComplexity.MODERATE : EvaluationComplexity.HIGH;
  }

  private static List<LocalDate> seriesDates(LocalDate first, Set<DayOfWeek> weekdays, int count) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = first; dates.size() < count; date = date.plusDays(1)) {
      if (weekdays.contains(date.getDayOfWeek())) {
        dates.add(date);
      }
    }
    return dates;
  }

  /** Quarter-hour starts through the working day, nearest the wish first. */
  private static List<LocalTime> timesNear(LocalTime wish) {
    List<LocalTime> times = new ArrayList<>();
    for (LocalTime time = LocalTime.of(8, 0);
        !time.isAfter(LocalTime.of(17, 0));
        time = time.plusMinutes(15)) {
      times.add(time);
    }
    times.sort(Comparator.comparingLong(t -> Math.abs(Duration.between(wish, t).toMinutes())));
    return times;
  }

  /** The dates from {@code from} to {@code to}, the first few in a random order, then in order. */
  private List<LocalDate> datesFrom(LocalDate from, LocalDate to) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      dates.add(date);
    }
    Collections.shuffle(dates.subList(0, Math.min(3, dates.size())), random);
    return dates;
  }

  private List<ClinicLayout.Practitioner> preferring(ClinicLayout.Practitioner first) {
    List<ClinicLayout.Practitioner> ordered = new ArrayList<>();
    ordered.add(first);
    shuffled(clinic.practitioners()).stream().filter(p -> p != first).forEach(ordered::add);
    return ordered;
  }

  private <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  private LocalTime wish() {
    return EARLIEST_WISH.plusMinutes(15L * random.nextInt(WISH_SPAN_MINUTES / 15 + 1));
  }

  /** A random instant in the window, but never in the simulated past. */
  private Instant between(Instant from, Instant to) {
    Instant earliest = later(from, now().plus(Duration.ofMinutes(1)));
    if (!to.isAfter(earliest)) {
      return earliest;
    }
    return earliest.plusSeconds(random.nextLong(Duration.between(earliest, to).toSeconds()));
  }

  private Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(now(), clinic.zone());
  }

  private static <T extends Comparable<? super T>> T later(T a, T b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
