package com.needlework.ops.axon;

import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits until every streaming read-model processor has handled everything in the
 * event store at the moment of the call, instead of sleeping and hoping.
 */
@Component
public class ProjectionBarrier {

  private static final Duration POLL = Duration.ofMillis(20);

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
        return false;
      }
      Thread.sleep(POLL.toMillis());
    }
    return true;
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
        .map(EventTrackerStatus::getCurrentPosition)
        .allMatch(current -> reached(current, position));
  }

  private static boolean reached(OptionalLong current, long position) {
    return current.isPresent() && current.getAsLong() >= position;
  }
}
