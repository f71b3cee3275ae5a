package com.needlework.bench;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.query.availability.AvailabilityQueries;
import com.needlework.query.availability.SlotSearch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Times the availability query for one practitioner-week, one request after the other: over HTTP as
 * a front-desk script asks it (HTTP Basic), and in-process from the application's own availability
 * service, without HTTP and sign-in. Also times one bcrypt check of the password, which HTTP Basic
 * pays once per login.
 */
record AvailabilityBench(
    NeedleworkApi api,
    AvailabilityQueries availability,
    PasswordEncoder passwords,
    JdbcClient jdbc,
    String staffUser,
    String staffPassword) {

  private static final int PASSWORD_CHECKS = 20;

  /** The week asked about: the practitioner's, for a patient who may be needled all week. */
  record Week(LocalDate monday, ClinicLayout.Practitioner practitioner, PatientId patient) {

    LocalDate sunday() {
      return monday.plusDays(6);
    }
  }

  /** One way of asking, timed; {@code slots} is how many open slots the answer listed. */
  record Measurement(String how, VisitType type, LoadDriver.Run run, int slots) {}

  /**
   * @param note why the type measured is not the one wanted, or empty
   * @param passwordCheckMillis the median time of one bcrypt check of the staff password
   */
  record Result(
      VisitType type,
      String query,
      String note,
      List<Measurement> measurements,
      double passwordCheckMillis) {}

  Result measure(Week week, int warmup, int times) throws Exception {
    Optional<String> noNeedling = whyNotNeedling(week);
    VisitType type = noNeedling.isEmpty() ? VisitType.NEEDLING_SESSION : VisitType.EVALUATION;
    String query = query(week, type, week.patient() == null ? "" : week.patient().toString());
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(timed("HTTP GET, HTTP Basic " + staffUser, type, warmup, times, http(query)));
    measurements.add(
        timed(
            "in-process AvailabilityQueries (no HTTP)",
            type,
            warmup,
            times,
            inProcess(week, type)));
    return new Result(type, query, noNeedling.orElse(""), measurements, passwordCheckMillis());
  }

  /** Why needling cannot be measured for this week (then evaluations are), or empty. */
  private Optional<String> whyNotNeedling(Week week) throws Exception {
    if (week.patient() == null) {
      return Optional.of("no patient may be needled all that week, so EVALUATION was measured");
    }
    NeedleworkApi.Answer eligible =
        api.getAsStaff(query(week, VisitType.NEEDLING_SESSION, week.patient().toString()));
    if (eligible.status() != 200) {
      return Optional.of(
          "needling availability for an eligible patient answered "
              + eligible.describe()
              + ", so EVALUATION was measured");
    }
    return Optional.empty();
  }

  private static String query(Week week, VisitType type, String patient) {
    return "/api/availability?visitType="
        + type
        + "&from="
        + week.monday()
        + "&to="
        + week.sunday()
        + "&practitionerId="
        + week.practitioner().id()
        + (type == VisitType.NEEDLING_SESSION ? "&patientId=" + patient : "");
  }

  /** Asks once; answers how many slots were offered, or throws saying what went wrong. */
  @FunctionalInterface
  private interface Ask {
    int slots() throws Exception;
  }

  private Ask http(String query) {
    return () -> {
      NeedleworkApi.Answer answer = api.getAsStaff(query);
      if (answer.status() != 200 || answer.body() == null) {
        throw new IllegalStateException(answer.describe());
      }
      return answer.body().size();
    };
  }

  private Ask inProcess(Week week, VisitType type) {
    PatientId patient = type == VisitType.NEEDLING_SESSION ? week.patient() : null;
    return () ->
        availability
            .find(
                new SlotSearch(
                    type,
                    week.monday(),
                    week.sunday(),
                    week.practitioner().id(),
                    patient,
                    BookingChannel.STAFF))
            .slots()
            .size();
  }

  private static Measurement timed(String how, VisitType type, int warmup, int times, Ask ask)
      throws Exception {
    AtomicInteger slots = new AtomicInteger(-1);
    LoadDriver.Worker worker =
        index -> {
          slots.set(ask.slots());
          return Optional.empty();
        };
    if (warmup > 0) {
      LoadDriver.run(warmup, 1, () -> worker);
    }
    return new Measurement(how, type, LoadDriver.run(times, 1, () -> worker), slots.get());
  }

  private double passwordCheckMillis() {
    String hash =
        jdbc.sql(
                "SELECT c.password_hash FROM staff_credential c JOIN staff_account a"
                    + " ON a.staff_member_id = c.staff_member_id WHERE a.username = :user")
            .param("user", staffUser)
            .query(String.class)
            .single();
    long[] nanos = new long[PASSWORD_CHECKS];
    for (int i = 0; i < PASSWORD_CHECKS; i++) {
      long began = System.nanoTime();
      passwords.matches(staffPassword, hash);
      nanos[i] = System.nanoTime() - began;
    }
    Arrays.sort(nanos);
    return nanos[PASSWORD_CHECKS / 2] / 1e6;
  }
}
