package com.needlework.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilds every read model from the events, all processors at once: shuts each replayable
 * streaming processor down, resets its tokens (its reset handler empties its tables), starts it,
 * and times until every one has handled the whole store. Fingerprints the read-model tables before
 * and after, which must match.
 */
final class ReadModelRebuild {

  /** Offers freed slots to the waitlist; sends commands, so it never replays. */
  static final String NEVER_REPLAYED = "waitlist-matcher";

  private static final Duration POLL = Duration.ofMillis(5);
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  /** One processor: its kind, its segments and when it reached the head of the store. */
  record Processor(String name, String kind, int segments, Duration caughtUp) {}

  /** A table's row count and the md5 of all its rows in order. */
  record Fingerprint(long rows, String md5) {}

  record Result(
      long events,
      long head,
      Duration elapsed,
      List<Processor> processors,
      List<String> notReplayed,
      Map<String, Fingerprint> before,
      Map<String, Fingerprint> after) {

    double eventsPerSecond() {
      return events / (elapsed.toNanos() / 1e9);
    }

    boolean readModelsMatch() {
      return before.equals(after);
    }
  }

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;
  private final StoredEvents events;

  ReadModelRebuild(EventProcessingConfiguration processing, JdbcClient jdbc, StoredEvents events) {
    this.processing = processing;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Call once the read models have caught up with the store. */
  Result run() throws InterruptedException {
    List<StreamingEventProcessor> replayed = new ArrayList<>();
    List<String> notReplayed = new ArrayList<>();
    processing.eventProcessors().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              if (entry.getValue() instanceof StreamingEventProcessor streaming
                  && streaming.supportsReset()
                  && !entry.getKey().equals(NEVER_REPLAYED)) {
                replayed.add(streaming);
              } else if (entry.getValue() instanceof StreamingEventProcessor) {
                notReplayed.add(entry.getKey());
              }
            });
    Map<String, Fingerprint> before = fingerprints();
    long count = events.count();
    long head = events.head();
    replayed.forEach(StreamingEventProcessor::shutDown);
    long began = System.nanoTime();
    replayed.forEach(StreamingEventProcessor::resetTokens);
    replayed.forEach(StreamingEventProcessor::start);
    Map<String, Processor> done = new LinkedHashMap<>();
    while (done.size() < replayed.size()) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
      if (elapsed.compareTo(TIMEOUT) > 0) {
        throw new IllegalStateException(
            "The read models did not catch up within " + TIMEOUT + "; done: " + done.keySet());
      }
      for (StreamingEventProcessor processor : replayed) {
        if (!done.containsKey(processor.getName()) && reached(processor, head)) {
          done.put(
              processor.getName(),
              new Processor(
                  processor.getName(),
                  processor.getClass().getSimpleName(),
                  processor.processingStatus().size(),
                  elapsed));
        }
      }
      Thread.sleep(POLL.toMillis());
    }
    Duration elapsed =
        done.values().stream()
            .map(Processor::caughtUp)
            .max(Comparator.naturalOrder())
            .orElse(Duration.ZERO);
    return new Result(
        count, head, elapsed, new ArrayList<>(done.values()), notReplayed, before, fingerprints());
  }

  private static boolean reached(StreamingEventProcessor processor, long head) {
    Map<Integer, EventTrackerStatus> status = processor.processingStatus();
    return !status.isEmpty()
        && status.values().stream()
            .map(EventTrackerStatus::getCurrentPosition)
            .allMatch(position -> atLeast(position, head));
  }

  private static boolean atLeast(OptionalLong position, long head) {
    return position.isPresent() && position.getAsLong() >= head;
  }

  /** Every read-model table ({@code rm_*}), fingerprinted. */
  private Map<String, Fingerprint> fingerprints() {
    List<String> tables =
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name LIKE 'rm\\_%'"
                    + " ORDER BY table_name")
            .query(String.class)
            .list();
    Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
    for (String table : tables) {
      fingerprints.put(
          table,
          jdbc.sql(
                  "SELECT count(*) AS row_count,"
                      + " coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS digest"
                      + " FROM "
                      + table
                      + " t")
              .query((rs, row) -> new Fingerprint(rs.getLong("row_count"), rs.getString("digest")))
              .single());
    }
    return fingerprints;
  }
}
