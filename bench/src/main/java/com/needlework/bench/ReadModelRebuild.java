package com.needlework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilds every read model through the application's own rebuild, as an operator does ({@code POST
 * /api/admin/read-models/rebuild}), and times, by watching {@code GET /api/admin/read-models},
 * until every processor it resets has read the whole store again. Fingerprints the read-model
 * tables before and after, which must match.
 */
final class ReadModelRebuild {

  private static final String REBUILD = "/api/admin/read-models/rebuild";
  private static final String PROGRESS = "/api/admin/read-models";
  private static final Duration POLL = Duration.ofMillis(25);
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  /** One processor the rebuild reset, and when it had read the whole store again. */
  record Processor(String name, Duration caughtUp) {}

  /** A table's row count and the md5 of all its rows in order. */
  record Fingerprint(long rows, String md5) {}

  /**
   * @param request how long the rebuild request took (it stops, resets and starts each processor)
   * @param notReplayed the processors the rebuild leaves as they are
   */
  record Result(
      long events,
      long head,
      Duration request,
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

  private final NeedleworkApi admin;
  private final Set<String> replayed;
  private final JdbcClient jdbc;
  private final StoredEvents events;

  /**
   * @param admin the API as a login that may rebuild the read models
   * @param replayed the processors the rebuild resets; it may finish some before it answers, so its
   *     answer cannot tell
   */
  ReadModelRebuild(
      NeedleworkApi admin, Set<String> replayed, JdbcClient jdbc, StoredEvents events) {
    this.admin = admin;
    this.replayed = replayed;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Call once the read models have caught up with the store. */
  Result run() throws Exception {
    Map<String, Fingerprint> before = fingerprints();
    long count = events.count();
    long began = System.nanoTime();
    JsonNode started = progress(admin.postAsStaff(REBUILD), 202);
    Duration request = Duration.ofNanos(System.nanoTime() - began);
    long head = started.path("head").asLong();
    List<String> notReplayed = new ArrayList<>();
    for (JsonNode processor : started.path("processors")) {
      String name = processor.path("name").asText();
      if (!replayed.contains(name)) {
        notReplayed.add(name);
      }
    }
    Map<String, Processor> done = new LinkedHashMap<>();
    while (done.size() < replayed.size()) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
      if (elapsed.compareTo(TIMEOUT) > 0) {
        throw new IllegalStateException(
            "The read models did not catch up within " + TIMEOUT + "; done: " + done.keySet());
      }
      for (JsonNode processor : progress(admin.getAsStaff(PROGRESS), 200).path("processors")) {
        String name = processor.path("name").asText();
        if (replayed.contains(name)
            && !done.containsKey(name)
            && processor.path("running").asBoolean()
            && processor.path("behind").asLong() == 0) {
          done.put(name, new Processor(name, elapsed));
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
        count,
        head,
        request,
        elapsed,
        new ArrayList<>(done.values()),
        notReplayed,
        before,
        fingerprints());
  }

  private static JsonNode progress(NeedleworkApi.Answer answer, int expected) {
    if (answer.status() != expected || answer.body() == null) {
      throw new IllegalStateException(
          "The read-model admin endpoint answered " + answer.describe());
    }
    return answer.body();
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
