package com.needlework.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the event store holds, and which events a processor put aside as dead letters. */
final class StoredEvents {

  private final JdbcClient jdbc;

  StoredEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count() {
    return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
  }

  /** The global index of the newest event. */
  long head() {
    return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
        .query(Long.class)
        .single();
  }

  /** How many events of each type, by simple class name, most frequent first. */
  Map<String, Long> countByType() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT payloadtype, count(*) AS events FROM domainevententry"
                + " GROUP BY payloadtype ORDER BY events DESC, payloadtype")
        .query(
            rs -> {
              String type = rs.getString("payloadtype");
              counts.put(type.substring(type.lastIndexOf('.') + 1), rs.getLong("events"));
            });
    return counts;
  }

  /** Dead letters per processing group and cause, most frequent first. */
  Map<String, Long> deadLetters() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT processinggroup || ': ' || coalesce(causetype, '?') AS what, count(*) AS letters"
                + " FROM deadletterentry GROUP BY what ORDER BY letters DESC, what")
        .query(
            rs -> {
              counts.put(rs.getString("what"), rs.getLong("letters"));
            });
    return counts;
  }
}
