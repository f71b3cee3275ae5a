package com.needlework.ops.support;

import com.needlework.api.insurance.AuthorizationExpiredEvent;
import com.needlework.api.insurance.AuthorizationExpiringEvent;
import com.needlework.api.insurance.BenefitPeriodEndedEvent;
import com.needlework.api.patient.PlanOfCareEndingSoonEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts what is in the event store, to prove a refused request appended nothing; and appends
 * events past every check, as a bug or an older version of the application might have stored them.
 */
public final class EventStore {

  private EventStore() {}

  /**
   * Events appended by requests and commands. Deadlines other tests scheduled fire on their own
   * clock and append their events at any moment, so those are left out of the count.
   */
  public static long events(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype NOT IN (:fired)")
        .param("fired", FIRED_BY_DEADLINES)
        .query(Long.class)
        .single();
  }

  private static final List<String> FIRED_BY_DEADLINES =
      Stream.of(
              BenefitPeriodEndedEvent.class,
              AuthorizationExpiringEvent.class,
              AuthorizationExpiredEvent.class,
              PlanOfCareEndingSoonEvent.class)
          .map(Class::getName)
          .toList();

  public static long events(JdbcClient jdbc, Class<?> payloadType) {
    return number(
        jdbc,
        "SELECT count(*) FROM domainevententry WHERE payloadtype = :value",
        payloadType.getName());
  }

  /** The events of one aggregate. */
  public static long eventsOf(JdbcClient jdbc, Object aggregate) {
    return number(
        jdbc,
        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :value",
        aggregate.toString());
  }

  /** Where the last event of one aggregate stands in the store. */
  public static long lastIndexOf(JdbcClient jdbc, Object aggregate) {
    return number(
        jdbc,
        "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = :value",
        aggregate.toString());
  }

  private static long number(JdbcClient jdbc, String sql, String value) {
    return jdbc.sql(sql).param("value", value).query(Long.class).single();
  }

  /**
   * Appends the first event of a new aggregate straight to the storage engine: no command handler
   * checks it and no subscribing handler sees it; only the streaming processors read it later.
   */
  public static void appendDirectly(
      EventStorageEngine storage,
      TransactionManager transactions,
      String aggregateType,
      Object aggregateId,
      Object payload) {
    transactions.executeInTransaction(
        () ->
            storage.appendEvents(
                new GenericDomainEventMessage<>(
                    aggregateType, aggregateId.toString(), 0, payload)));
  }

  /**
   * Inserts the first event of a new aggregate as raw JSON, for payloads no Java object can hold
   * any longer because its value objects now refuse them.
   */
  public static void insertRaw(
      JdbcClient jdbc, String aggregateType, Object aggregateId, Class<?> type, String json) {
    jdbc.sql(
            "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type,"
                + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                + " VALUES (:aggregate, 0, :aggregateType, :event, :metadata, :payload, NULL,"
                + " :payloadType, :timestamp)")
        .param("aggregate", aggregateId.toString())
        .param("aggregateType", aggregateType)
        .param("event", UUID.randomUUID().toString())
        .param("metadata", "{}".getBytes(StandardCharsets.UTF_8))
        .param("payload", json.getBytes(StandardCharsets.UTF_8))
        .param("payloadType", type.getName())
        .param("timestamp", Instant.now().toString())
        .update();
  }
}
