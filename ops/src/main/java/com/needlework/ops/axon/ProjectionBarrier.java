package com.needlework.ops.axon;

import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits until every streaming read-model processor has handled everything in the
 * event store at the moment of the call, instead of sleeping and hoping.
 */
@Component
public class ProjectionBarrier {

  private static final Duration POLL = Duration.ofMillis(20);
  private static final Logger log = LoggerFactory.getLogger(ProjectionBarrier.class);

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;

  ProjectionBarrier(EventProcessingConfiguration processing, JdbcClient jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  /** Answers whether the read models caught up within the timeout. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    Long head =
        jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    if (head == null) {
      return true;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!caughtUpTo(head)) {
      if (System.nanoTime() > deadline) {
        log.warn("Read models behind event {} after {}: {}", head, timeout, lagging(head));
        return false;
      }
      Thread.sleep(POLL.toMillis());
    }
    return true;
  }

  private String lagging(long position) {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .filter(processor -> !caughtUp(processor, position))
        .map(processor -> processor.getName() + " " + processor.processingStatus().values())
        .toList()
        .toString();
  }

  private boolean caughtUpTo(long position) {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .allMatch(processor -> caughtUp(processor, position));
  }

  private static boolean caughtUp(StreamingEventProcessor processor, long position) {
    if (processor.processingStatus().isEmpty()) {
      return false;
    }
    return processor.processingStatus().values().stream()
        .allMatch(status -> reached(status.getCurrentPosition(), position));
  }

  private static boolean reached(OptionalLong current, long position) {
    return current.isPresent() && current.getAsLong() >= position;
  }
}
