package com.needlework.bench;

import com.needlework.api.patient.NeedlingEligibility;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.patient.CareRecords;
import com.needlework.command.scheduling.BookingGuard;
import com.needlework.ops.axon.ProjectionBarrier;
import com.needlework.query.availability.AvailabilityQueries;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills a fresh store with a year of a three-practitioner clinic's history, written through the
 * application's own commands on a simulated clock, then times the availability query for one
 * practitioner-week and the rebuild of every read model from the events. Starts the application in
 * this JVM on the given data folder, which must be fresh; the folder stays for inspection. Run it
 * from the benchmark jar:
 *
 * <pre>
 * java -jar bench/target/needlework-bench.jar history --data-dir=/tmp/nw-history
 * </pre>
 */
public final class HistoryBenchmark {

  private static final String STAFF_USER = "frontdesk";
  private static final String ADMIN_USER = "admin";
  private static final String DEMO_PASSWORD = "demo";
  private static final Duration CATCH_UP = Duration.ofMinutes(10);

  private final HistoryOptions options;
  private final ConfigurableApplicationContext app;
  private final SimulatedClock clock;
  private final HistoryReport report = new HistoryReport(System.out);
  private final JdbcClient jdbc;
  private final StoredEvents events;

  private HistoryBenchmark(
      HistoryOptions options, ConfigurableApplicationContext app, SimulatedClock clock) {
    this.options = options;
    this.app = app;
    this.clock = clock;
    this.jdbc = app.getBean(JdbcClient.class);
    this.events = new StoredEvents(jdbc);
  }

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help")) {
      System.out.print(HistoryOptions.USAGE);
      return;
    }
    HistoryOptions options;
    try {
      options = HistoryOptions.parse(args);
      InProcessApplication.requireFresh(options.dataDir(), "history", "a year of history");
    } catch (IllegalArgumentException wrong) {
      System.err.println(wrong.getMessage());
      System.err.print(HistoryOptions.USAGE);
      System.exit(2);
      return;
    }
    SimulatedClock clock =
        new SimulatedClock(ZonedDateTime.now(ZoneOffset.UTC).minusYears(1).toInstant());
    int status;
    try (ConfigurableApplicationContext app =
        InProcessApplication.start(options.dataDir(), clock)) {
      new HistoryBenchmark(options, app, clock).run();
      status = 0;
    } catch (Exception failed) {
      System.err.println("History benchmark failed: " + failed);
      failed.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private void run() throws Exception {
    int port = InProcessApplication.port(app);
    report.settings(options, InProcessApplication.database(jdbc), port);
    ClinicCalendar calendar = app.getBean(ClinicCalendar.class);
    ClinicLayout clinic = ClinicLayout.read(calendar, jdbc);
    HistoryGenerator.History history = writeHistory(clinic, calendar);
    report.progress("waiting for the read models to catch up");
    if (!app.getBean(ProjectionBarrier.class).awaitCaughtUp(CATCH_UP)) {
      throw new IllegalStateException("The read models did not catch up within " + CATCH_UP);
    }
    timeAvailability(clinic, week(clinic, history, calendar), port);
    report.progress("rebuilding every read model from the events");
    NeedleworkApi admin =
        new NeedleworkApi(InProcessApplication.local(port), ADMIN_USER, DEMO_PASSWORD);
    report.rebuild(new ReadModelRebuild(admin, replayable(), jdbc, events).run());
    report.deadLetters("after the rebuild", events.deadLetters());
    report.targets();
  }

  private HistoryGenerator.History writeHistory(ClinicLayout clinic, ClinicCalendar calendar) {
    Frontdesk desk = new Frontdesk(app, clock);
    HistoryGenerator.History history =
        new HistoryGenerator(
                clinic,
                calendar,
                app.getBean(BookingGuard.class),
                desk,
                clock,
                events,
                report,
                new Random(options.seed()))
            .generate(options.visits());
    report.history(history, events.countByType(), desk.surprises(), events.deadLetters());
    return history;
  }

  private void timeAvailability(ClinicLayout clinic, AvailabilityBench.Week week, int port)
      throws Exception {
    report.progress(
        "timing availability: "
            + options.warmup()
            + " warm-up, then "
            + options.queries()
            + " queries, each way");
    NeedleworkApi api =
        new NeedleworkApi(InProcessApplication.local(port), STAFF_USER, DEMO_PASSWORD);
    AvailabilityBench.Result measured =
        new AvailabilityBench(
                api,
                app.getBean(AvailabilityQueries.class),
                app.getBean(PasswordEncoder.class),
                jdbc,
                STAFF_USER,
                DEMO_PASSWORD)
            .measure(week, options.warmup(), options.queries());
    report.availability(week, measured);
    report.offeredSlots(
        new OfferedSlotAudit(api, app.getBean(BookingGuard.class), clinic)
            .audit(measured.query(), measured.type()));
  }

  /**
   * The first full week after the simulated end, with the first practitioner and a patient of
   * theirs (or anyone's) who may be needled every day of it, as the command side confirms.
   */
  private AvailabilityBench.Week week(
      ClinicLayout clinic, HistoryGenerator.History history, ClinicCalendar calendar) {
    LocalDate monday =
        LocalDate.ofInstant(history.end(), clinic.zone())
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    ClinicLayout.Practitioner practitioner = clinic.practitioners().get(0);
    CareRecords care = app.getBean(CareRecords.class);
    return history.care().patients().stream()
        .filter(p -> p.eligibleOn(monday) && p.eligibleOn(monday.plusDays(6)))
        .sorted(Comparator.comparing((GeneratedPatient p) -> p.practitioner != practitioner))
        .filter(
            p ->
                care.snapshot(p.id)
                    .flatMap(
                        snapshot ->
                            NeedlingEligibility.check(
                                snapshot,
                                calendar.credentials(practitioner.id()),
                                clinic.state(),
                                monday,
                                false))
                    .isEmpty())
        .findFirst()
        .map(
            p -> {
              report.progress(
                  "patient for needling availability: "
                      + p.id
                      + " (plan "
                      + p.plan.sessionsAllowed()
                      + " sessions, "
                      + p.sessionsCounted
                      + " booked or done, certified until "
                      + p.plan.certifiedUntil()
                      + ")");
              return new AvailabilityBench.Week(monday, practitioner, p.id);
            })
        .orElseGet(() -> new AvailabilityBench.Week(monday, practitioner, null));
  }

  /** The processors the application's rebuild resets: the streaming ones that allow a reset. */
  private Set<String> replayable() {
    return app.getBean(EventProcessingConfiguration.class).eventProcessors().entrySet().stream()
        .filter(e -> e.getValue() instanceof StreamingEventProcessor s && s.supportsReset())
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
