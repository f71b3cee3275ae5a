package com.needlework.bench;

import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.patient.PatientRegistration;
import com.needlework.command.scheduling.BookedDiscoveryCall;
import com.needlework.command.scheduling.DiscoveryCallBooking;
import com.needlework.command.scheduling.DiscoveryCallRequest;
import com.needlework.command.scheduling.NeedlingSeriesBooking;
import com.needlework.command.scheduling.VisitCompletion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;

/**
 * The application's own services and command gateway, used as the front desk and the clinicians
 * would. Counts the commands sent and keeps every refusal or failure: the generator only asks for
 * what the rules allow, so each one is a surprise worth reporting.
 */
final class Frontdesk {

  private static final int DETAIL_LENGTH = 300;

  /**
   * One kind of refusal or failure of one step.
   *
   * @param example the first occurrence's message
   * @param firstAt the simulated time it first happened
   */
  record Surprise(String step, String problem, String example, Instant firstAt, long count) {

    Surprise again() {
      return new Surprise(step, problem, example, firstAt, count + 1);
    }
  }

  private final CommandGateway gateway;
  private final DiscoveryCallBooking calls;
  private final PatientRegistration registration;
  private final VisitCompletion completion;
  private final NeedlingSeriesBooking series;
  private final Clock clock;
  private final Map<String, Surprise> surprises = new LinkedHashMap<>();
  private long commands;
  private long nanosInCommands;

  Frontdesk(ApplicationContext app, Clock clock) {
    this.gateway = app.getBean(CommandGateway.class);
    this.calls = app.getBean(DiscoveryCallBooking.class);
    this.registration = app.getBean(PatientRegistration.class);
    this.completion = app.getBean(VisitCompletion.class);
    this.series = app.getBean(NeedlingSeriesBooking.class);
    this.clock = clock;
  }

  long commands() {
    return commands;
  }

  /** The time spent waiting for the application to handle the commands. */
  Duration inCommands() {
    return Duration.ofNanos(nanosInCommands);
  }

  List<Surprise> surprises() {
    return new ArrayList<>(surprises.values());
  }

  /** Sends one command and waits; answers whether it succeeded. */
  boolean send(String step, Object command) {
    return attempt(
            step,
            1,
            () -> {
              gateway.sendAndWait(command);
              return command;
            })
        .isPresent();
  }

  /** Registers the caller as a prospect and books the call: two commands, one transaction. */
  Optional<BookedDiscoveryCall> bookCall(DiscoveryCallRequest request) {
    return attempt("book discovery call", 2, () -> calls.book(request));
  }

  /** Converts the prospect and registers the patient: two commands, one transaction. */
  Optional<PatientId> convert(ProspectId prospect, LocalDate dateOfBirth) {
    return attempt("convert prospect", 2, () -> registration.convert(prospect, dateOfBirth));
  }

  /** Completes a visit; an evaluation's findings are recorded on the patient as well. */
  boolean complete(VisitId visit, EvaluationFindings evaluation, NeedlingTreatment needling) {
    String step = evaluation != null ? "complete evaluation" : "complete visit";
    return attempt(
            step,
            evaluation != null ? 2 : 1,
            () -> {
              completion.complete(visit, evaluation, needling);
              return visit;
            })
        .isPresent();
  }

  /** Books a series; occurrences it refused are kept as surprises too. */
  Optional<NeedlingSeriesBooking.Result> bookSeries(NeedlingSeriesBooking.Request request) {
    Optional<NeedlingSeriesBooking.Result> result =
        attempt("book needling series", request.count(), () -> series.book(request));
    result.ifPresent(
        booked ->
            booked.occurrences().stream()
                .filter(o -> o.visitId() == null)
                .forEach(
                    o ->
                        record(
                            "book needling series occurrence", "refused " + o.rule(), o.reason())));
    return result;
  }

  private <R> Optional<R> attempt(String step, int commandsSent, Supplier<R> action) {
    commands += commandsSent;
    long began = System.nanoTime();
    try {
      R result = action.get();
      nanosInCommands += System.nanoTime() - began;
      return Optional.of(result);
    } catch (RuntimeException failed) {
      nanosInCommands += System.nanoTime() - began;
      Optional<Refusal> refusal = Causes.find(failed, Refusal.class);
      if (refusal.isPresent()) {
        Object rule = refusal.get().properties().getOrDefault("rule", refusal.get().kind());
        record(step, "refused " + rule, refusal.get().getMessage());
      } else {
        Throwable root = rootCause(failed);
        record(
            step,
            "failed " + root.getClass().getName(),
            failed.getClass().getName() + ": " + shortened(failed.getMessage()));
      }
      return Optional.empty();
    }
  }

  private void record(String step, String problem, String detail) {
    surprises.compute(
        step + " / " + problem,
        (key, seen) ->
            seen == null
                ? new Surprise(step, problem, shortened(detail), clock.instant(), 1)
                : seen.again());
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String shortened(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH) + "…";
  }
}
