package com.needlework.ops.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts what is in the event store, to prove a refused request appended nothing. */
public final class EventStore {

  private EventStore() {}

  public static long events(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
  }

  public static long events(JdbcClient jdbc, Class<?> payloadType) {
    return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = :type")
        .param("type", payloadType.getName())
        .query(Long.class)
        .single();
  }
}
