package com.needlework.bench;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.ChargePreview;
import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentMethod;
import com.needlework.api.billing.RecordPaymentCommand;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Money;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.AddCoverageCommand;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.SubscriberRelation;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.patient.RegisterPatientCommand;
import com.needlework.api.patient.Screening;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.scheduling.BookingGuard;
import com.needlework.command.scheduling.VisitCompletion;
import com.needlework.ops.axon.ProjectionBarrier;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic's needling sessions billed: starts the application in this JVM on a fresh data folder
 * (demo clinic, simulated clock), registers N evaluated patients (some with a copay plan), books
 * one needling session each over the next weekdays and checks them in on their day, then times
 * completing every visit (which codes its charges and posts them to the account in one transaction)
 * and one payment per patient (half through the command gateway, half over HTTP with an
 * Idempotency-Key), and checks the read models to the cent once they caught up.
 *
 * <pre>
 * java -jar bench/target/needlework-bench.jar billing --data-dir=/tmp/nw-billing
 * </pre>
 */
public final class BillingBenchmark {

  static final String STAFF_USER = "frontdesk";
  private static final String DEMO_PASSWORD = "demo";
  private static final Duration CATCH_UP = Duration.ofMinutes(5);
  private static final LocalTime CHECK_IN = LocalTime.of(7, 30);
  private static final LocalTime FIRST_WISH = LocalTime.of(8, 0);
  private static final LocalTime AT_THE_DESK = LocalTime.of(18, 30);
  private static final int SIGNIFICANT_DIGITS = 3;

  /** One patient and their session, from registration to payment. */
  static final class Session {
    final int number;
    final PatientId patient = PatientId.newId();
    final BillingMix.Funding funding;
    final NeedlingTreatment treatment;
    final BillingMix.Paying paying;
    VisitId visit;
    TimeSlot slot;
    LocalDate day;
    Money quoted;
    int quotedLines;
    boolean completed;
    Money owed = Money.ZERO;
    Money paid = Money.ZERO;
    boolean paidOverHttp;

    Session(int number, BillingMix mix) {
      this.number = number;
      this.funding = mix.funding();
      this.treatment = mix.treatment();
      this.paying = mix.paying();
    }
  }

  /** Times operations one after another: each one's latency, and their sum. */
  static final class Stopwatch {
    private final Histogram micros = new Histogram(SIGNIFICANT_DIGITS);
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private long nanos;
    private int attempted;

    /** Runs and times the operation; a failure is counted by its message, and answers empty. */
    <T> Optional<T> time(Callable<T> operation) {
      attempted++;
      long began = System.nanoTime();
      try {
        T result = operation.call();
        long took = System.nanoTime() - began;
        nanos += took;
        micros.recordValue(Math.max(1, took / 1000));
        return Optional.ofNullable(result);
      } catch (Exception failed) {
        nanos += System.nanoTime() - began;
        String message = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        errors.merge(message.length() > 200 ? message.substring(0, 200) : message, 1, Integer::sum);
        return Optional.empty();
      }
    }

    LoadDriver.Run run() {
      return new LoadDriver.Run(1, attempted, errors, Math.max(1, nanos), micros);
    }
  }

  private final BillingOptions options;
  private final ConfigurableApplicationContext app;
  private final SimulatedClock clock;
  private final JdbcClient jdbc;
  private final StoredEvents events;
  private final BillingReport report = new BillingReport(System.out);
  private final List<Session> sessions = new ArrayList<>();

  private BillingBenchmark(
      BillingOptions options, ConfigurableApplicationContext app, SimulatedClock clock) {
    this.options = options;
    this.app = app;
    this.clock = clock;
    this.jdbc = app.getBean(JdbcClient.class);
    this.events = new StoredEvents(jdbc);
  }

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help")) {
      System.out.print(BillingOptions.USAGE);
      return;
    }
    BillingOptions options;
    try {
      options = BillingOptions.parse(args);
      InProcessApplication.requireFresh(options.dataDir(), "billing", "a clinic's billed sessions");
    } catch (IllegalArgumentException wrong) {
      System.err.println(wrong.getMessage());
      System.err.print(BillingOptions.USAGE);
      System.exit(2);
      return;
    }
    SimulatedClock clock = new SimulatedClock(Instant.now());
    int status;
    try (ConfigurableApplicationContext app =
        InProcessApplication.start(options.dataDir(), clock)) {
      status = new BillingBenchmark(options, app, clock).run() ? 0 : 1;
    } catch (Exception failed) {
      System.err.println("Billing benchmark failed: " + failed);
      failed.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  /** Answers whether every check passed. */
  private boolean run() throws Exception {
    int port = InProcessApplication.port(app);
    report.settings(options, InProcessApplication.database(jdbc), port);
    ClinicCalendar calendar = app.getBean(ClinicCalendar.class);
    ClinicLayout clinic = ClinicLayout.read(calendar, jdbc);
    Frontdesk desk = new Frontdesk(app, clock);
    long setUpBegan = System.nanoTime();
    prepare(clinic, calendar, desk);
    report.setUp(sessions, desk.commands(), Duration.ofNanos(System.nanoTime() - setUpBegan));
    LoadDriver.Run completions = checkInAndComplete(clinic, desk);
    report.completions(completions, sessions);
    NeedleworkApi api =
        new NeedleworkApi(InProcessApplication.local(port), STAFF_USER, DEMO_PASSWORD);
    Payments payments = pay(clinic, api);
    report.payments(payments.gateway(), payments.http(), payments.retry());
    report.progress("waiting for the read models to catch up");
    long waitBegan = System.nanoTime();
    if (!app.getBean(ProjectionBarrier.class).awaitCaughtUp(CATCH_UP)) {
      throw new IllegalStateException("The read models did not catch up within " + CATCH_UP);
    }
    report.caughtUp(Duration.ofNanos(System.nanoTime() - waitBegan));
    List<BillingReport.Check> checks = new BillingChecks(jdbc, api, sessions).run(payments);
    report.checks(checks);
    report.surprises(desk.surprises());
    report.deadLetters(events.deadLetters());
    report.machine();
    return checks.stream().allMatch(BillingReport.Check::passed)
        && desk.surprises().isEmpty()
        && events.deadLetters().isEmpty();
  }

  /** Patients, their evaluations and coverages, a valid credential for everyone, the bookings. */
  private void prepare(ClinicLayout clinic, ClinicCalendar calendar, Frontdesk desk) {
    LocalDate today = today(clinic);
    BillingMix mix = new BillingMix(new Random(options.seed()));
    for (int i = 0; i < options.visits(); i++) {
      sessions.add(new Session(i + 1, mix));
    }
    List<LocalDate> days = weekdaysAfter(today, clinic, options.visits());
    LocalDate lastDay = days.get(days.size() - 1);
    for (ClinicLayout.Practitioner practitioner : clinic.practitioners()) {
      boolean valid =
          calendar.credentials(practitioner.id()).stream()
              .anyMatch(c -> c.state().equals(clinic.state()) && !c.validUntil().isBefore(lastDay));
      if (!valid) {
        report.progress("renewing the lapsed needling credential of " + practitioner.name());
        desk.send(
            "renew credential",
            new RecordCredentialCommand(
                practitioner.id(), new DryNeedlingCredential(clinic.state(), today.plusYears(1))));
      }
    }
    Map<String, PayerId> payers = payers();
    report.progress("registering " + sessions.size() + " evaluated patients with their coverages");
    People people = new People(new Random(options.seed()));
    for (Session session : sessions) {
      var contact = people.next();
      desk.send(
          "register patient",
          new RegisterPatientCommand(
              session.patient,
              PatientDetails.of(
                  contact.name(), people.birthDate(), contact.phone(), contact.email()),
              null));
      LocalDate evaluatedOn = today.minusDays(7);
      desk.send(
          "record evaluation",
          new RecordEvaluationCommand(
              session.patient,
              null,
              evaluatedOn,
              EvaluationComplexity.MODERATE,
              Screening.clear(),
              new PlanOfCare(8, 2, evaluatedOn.plusDays(60)),
              Diagnoses.of(List.of(DiagnosisCode.parse("M54.50")))));
      if (session.funding.covered()) {
        PayerId payer = payers.get(session.funding.payerName);
        if (payer == null) {
          throw new IllegalStateException(
              "The demo payer " + session.funding.payerName + " is missing");
        }
        desk.send(
            "add coverage",
            new AddCoverageCommand(
                CoverageId.newId(),
                session.patient,
                new CoverageTerms(
                    payer,
                    "BENCH-" + session.number,
                    SubscriberRelation.SELF,
                    CoveragePriority.PRIMARY,
                    BenefitPeriod.calendarYear(),
                    30,
                    new CostSharing(session.funding.copay, BigDecimal.ZERO, Money.ZERO, Money.ZERO),
                    today.withDayOfYear(1).minusYears(1),
                    null),
                0,
                today));
      }
    }
    book(clinic, days, desk);
  }

  /** One session each, packed into the practitioners' days from the first weekday on. */
  private void book(ClinicLayout clinic, List<LocalDate> days, Frontdesk desk) {
    report.progress("booking one needling session each, from " + days.get(0) + " on");
    SlotFinder finder = new SlotFinder(clinic, app.getBean(BookingGuard.class));
    int day = 0;
    for (Session session : sessions) {
      Optional<SlotFinder.Placement> placement = Optional.empty();
      while (placement.isEmpty() && day < days.size()) {
        LocalDate date = days.get(day);
        for (ClinicLayout.Practitioner practitioner : clinic.workingOn(date)) {
          placement =
              finder.find(
                  VisitType.NEEDLING_SESSION,
                  practitioner,
                  finder.roomsFor(practitioner),
                  date,
                  clock.instant(),
                  SlotFinder.STAFF_GRID,
                  FIRST_WISH);
          if (placement.isPresent()) {
            break;
          }
        }
        if (placement.isEmpty()) {
          day++;
        }
      }
      SlotFinder.Placement at =
          placement.orElseThrow(
              () -> new IllegalStateException("No room left for session " + session.number));
      VisitId visit = VisitId.newId();
      if (desk.send(
          "book needling session",
          new BookNeedlingSessionCommand(
              visit,
              session.patient,
              at.practitioner().id(),
              at.room(),
              at.slot().start(),
              session.treatment.electricalStimulation() != ElectricalStimulation.NONE,
              null,
              session.funding != BillingMix.Funding.PACIFIC_WELLNESS))) {
        session.visit = visit;
        session.slot = at.slot();
        session.day = days.get(day);
      }
    }
  }

  /**
   * Day by day: everyone checks in in the morning, the day's charges are quoted (previewed, which
   * appends nothing), then each visit is completed a few minutes after it ended: that is timed.
   */
  private LoadDriver.Run checkInAndComplete(ClinicLayout clinic, Frontdesk desk) {
    VisitCompletion completion = app.getBean(VisitCompletion.class);
    Stopwatch watch = new Stopwatch();
    Map<LocalDate, List<Session>> byDay =
        sessions.stream()
            .filter(s -> s.visit != null)
            .sorted(Comparator.comparing((Session s) -> s.slot.end()))
            .collect(
                Collectors.groupingBy(s -> s.day, java.util.TreeMap::new, Collectors.toList()));
    byDay.forEach(
        (day, ofTheDay) -> {
          report.progress(day + ": " + ofTheDay.size() + " sessions checked in and completed");
          clock.advanceTo(clinic.at(day, CHECK_IN).toInstant());
          ofTheDay.forEach(s -> desk.send("check in", new CheckInVisitCommand(s.visit)));
          for (Session s : ofTheDay) {
            ChargePreview quote = completion.preview(s.visit, null, s.treatment);
            s.quoted = quote.charges().total();
            s.quotedLines = quote.charges().lines().size();
          }
          for (Session s : ofTheDay) {
            Instant done = s.slot.end().plus(Duration.ofMinutes(2));
            if (done.isAfter(clock.instant())) {
              clock.advanceTo(done);
            }
            s.completed =
                watch
                    .time(
                        () -> {
                          completion.complete(s.visit, null, s.treatment);
                          return Boolean.TRUE;
                        })
                    .isPresent();
          }
        });
    return watch.run();
  }

  /** What the payments achieved: through the gateway, over HTTP, and one HTTP retry. */
  record Payments(
      LoadDriver.Run gateway, LoadDriver.Run http, String retry, String retriedPatient) {}

  /**
   * At the end of the last day, every patient pays once at the desk: the even-numbered through the
   * command gateway, the odd-numbered over HTTP (with an Idempotency-Key, as frontdesk).
   */
  private Payments pay(ClinicLayout clinic, NeedleworkApi api) throws Exception {
    LocalDate lastDay =
        sessions.stream()
            .map(s -> s.day)
            .filter(d -> d != null)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    clock.advanceTo(clinic.at(lastDay, AT_THE_DESK).toInstant());
    Map<UUID, Money> owed = owedByPatient();
    sessions.forEach(s -> s.owed = owed.getOrDefault(s.patient.value(), Money.ZERO));
    report.progress(
        "each patient pays once: "
            + (sessions.size() + 1) / 2
            + " through the command gateway, "
            + sessions.size() / 2
            + " over HTTP");
    CommandGateway gateway = app.getBean(CommandGateway.class);
    Stopwatch throughGateway = new Stopwatch();
    for (Session s : sessions) {
      if (s.number % 2 == 0) {
        continue;
      }
      Money amount = BillingMix.payment(s.owed, s.paying);
      PaymentMethod method = method(s);
      throughGateway
          .time(
              () ->
                  gateway.sendAndWait(
                      new RecordPaymentCommand(
                          AccountId.of(s.patient),
                          s.patient,
                          PaymentId.newId(),
                          amount,
                          method,
                          "Benchmark payment " + s.number,
                          null,
                          STAFF_USER)))
          .ifPresent(ignored -> s.paid = amount);
    }
    // The first staff request of a login checks its password with bcrypt: not a payment's cost.
    api.getAsStaff("/api/patients/" + sessions.get(0).patient + "/account");
    Stopwatch overHttp = new Stopwatch();
    String firstKey = null;
    Session first = null;
    String firstAmount = null;
    for (Session s : sessions) {
      if (s.number % 2 != 0) {
        continue;
      }
      Money amount = BillingMix.payment(s.owed, s.paying);
      String key = UUID.randomUUID().toString();
      Optional<NeedleworkApi.Answer> answer =
          overHttp.time(
              () -> {
                NeedleworkApi.Answer posted =
                    api.recordPayment(
                        s.patient.toString(),
                        amount.toString(),
                        method(s).name(),
                        "Benchmark payment " + s.number,
                        key);
                if (posted.status() != 201) {
                  throw new IllegalStateException(posted.describe());
                }
                return posted;
              });
      if (answer.isPresent()) {
        s.paid = amount;
        s.paidOverHttp = true;
        if (first == null) {
          first = s;
          firstKey = key;
          firstAmount = amount.toString();
        }
      }
    }
    String retry = "no HTTP payment to retry";
    if (first != null) {
      NeedleworkApi.Answer again =
          api.recordPayment(
              first.patient.toString(),
              firstAmount,
              method(first).name(),
              "Benchmark payment " + first.number,
              firstKey);
      retry = "the first HTTP payment sent again with its Idempotency-Key: " + again.describe();
    }
    return new Payments(
        throughGateway.run(),
        overHttp.run(),
        retry,
        first == null ? null : first.patient.toString());
  }

  private static PaymentMethod method(Session s) {
    return s.number % 5 == 0 ? PaymentMethod.CASH : PaymentMethod.CARD;
  }

  /** What each patient's invoices ask of them, as the event store holds the invoices issued. */
  private Map<UUID, Money> owedByPatient() {
    Map<UUID, Money> owed = new HashMap<>();
    jdbc.sql(
            "SELECT e.doc->>'patientId' AS patient,"
                + " sum((e.doc->>'amount')::numeric - (e.doc->>'creditApplied')::numeric) AS owed"
                + " FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS doc FROM domainevententry"
                + " WHERE payloadtype = 'com.needlework.api.billing.InvoiceIssuedEvent') e"
                + " GROUP BY 1")
        .query(
            rs -> {
              owed.put(
                  UUID.fromString(rs.getString("patient")), new Money(rs.getBigDecimal("owed")));
            });
    return owed;
  }

  private Map<String, PayerId> payers() {
    Map<String, PayerId> payers = new HashMap<>();
    jdbc.sql("SELECT payer_id, name FROM cs_payer")
        .query(
            rs -> {
              payers.put(rs.getString("name"), new PayerId(rs.getObject("payer_id", UUID.class)));
            });
    return payers;
  }

  /** Weekdays after today, as many as the practitioners' hours need to hold the sessions. */
  private static List<LocalDate> weekdaysAfter(LocalDate today, ClinicLayout clinic, int visits) {
    List<LocalDate> days = new ArrayList<>();
    Duration needed = Duration.ZERO;
    Duration each =
        clinic
            .settings(VisitType.NEEDLING_SESSION)
            .length()
            .plus(clinic.settings(VisitType.NEEDLING_SESSION).bufferAfter());
    Duration all = each.multipliedBy(visits);
    // Twice what the hours hold at face value, and one more week: the demo's own bookings and the
    // room limits take some of it.
    for (LocalDate date = today.plusDays(1);
        needed.compareTo(all.multipliedBy(2)) < 0 || days.size() < 5;
        date = date.plusDays(1)) {
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      days.add(date);
      needed = needed.plus(clinic.workingTime(date));
    }
    return days;
  }

  private LocalDate today(ClinicLayout clinic) {
    return LocalDate.ofInstant(clock.instant(), clinic.zone());
  }
}
