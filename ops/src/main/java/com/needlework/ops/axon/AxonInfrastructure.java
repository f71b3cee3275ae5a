package com.needlework.ops.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * How Axon stores messages, delivers new events to the read models promptly and recovers from two
 * nodes racing on one aggregate.
 */
@Configuration(proxyBeanMethods = false)
class AxonInfrastructure {

  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Stored events use this mapper, never the web's: a {@code spring.jackson.*} change for the API
   * must not change the format of what is already in the event store.
   */
  @Bean("defaultAxonObjectMapper")
  ObjectMapper defaultAxonObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new ParameterNamesModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The web's mapper, configured by {@code spring.jackson.*}. */
  @Bean
  @Primary
  ObjectMapper webObjectMapper(Jackson2ObjectMapperBuilder builder) {
    return builder.build();
  }

  /** A duplicate (aggregate, sequence) key means another node appended first: retry. */
  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver() {
    return exception -> {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
          return true;
        }
      }
      return false;
    };
  }

  private static boolean isUniqueViolation(SQLException sql) {
    if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      return true;
    }
    return sql instanceof BatchUpdateException batch
        && batch.getNextException() != null
        && UNIQUE_VIOLATION.equals(batch.getNextException().getSQLState());
  }

  @Bean(destroyMethod = "shutdown")
  ScheduledExecutorService commandRetryExecutor() {
    return Executors.newSingleThreadScheduledExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "command-retry");
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Retries commands that failed transiently (a concurrency conflict), never refusals: a refused
   * command is answered at once, and the same command would only be refused again.
   */
  @Bean
  CommandGateway commandGateway(
      CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .maxRetryCount(5)
                .backoffFactor(20)
                .addNonTransientFailurePredicate(Refusal.class::isInstance)
                .build())
        .build();
  }

  /**
   * Every dead-letter queue keeps why an event failed as a refusal quotes a value: at most 100
   * characters, control characters escaped. A raw NUL in the message would make the dead letter
   * itself unstorable, and the processor would retry the batch forever.
   */
  @Bean
  EnqueuePolicy<EventMessage<?>> deadLetterPolicy() {
    return (letter, cause) ->
        Decisions.enqueue(
            new ThrowableCause(
                cause.getClass().getName(),
                cause.getMessage() == null ? null : Texts.quote(cause.getMessage())));
  }

  /**
   * The JDBC storage engine exactly as Axon's auto-configuration builds it; declared here because
   * declaring the event store below turns that auto-configuration off.
   */
  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager) {
    return JdbcEventStorageEngine.builder()
        .snapshotSerializer(serializer)
        .upcasterChain(configuration.upcasterChain())
        .persistenceExceptionResolver(persistenceExceptionResolver)
        .eventSerializer(eventSerializer)
        .snapshotFilter(configuration.snapshotFilter())
        .connectionProvider(connectionProvider)
        .transactionManager(transactionManager)
        .build();
  }

  /** Axon's event store, fetching new events for the read models as soon as they commit. */
  @Bean(name = "eventBus")
  @Qualifier("eventStore")
  PromptEventStore eventStore(
      EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
    return new PromptEventStore(
        EmbeddedEventStore.builder()
            .storageEngine(storageEngine)
            .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
            .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
  }

  @Bean
  AdjustableClock clock() {
    return new AdjustableClock();
  }
}
