package com.needlework.ops.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows how far each read model has read the event store, and rebuilds every read model from the
 * events (their tables are emptied by their reset handlers and refilled while the application keeps
 * serving). A rebuild empties a read model's dead letters too: the replay handles their events
 * again and parks those that still fail. Processors that act on events (the waitlist matcher) are
 * never replayed.
 */
@RestController
class ReadModelsController {

  /**
   * {@code replaying}: rebuilding and not yet caught up (Axon keeps the flag until a new event);
   * {@code deadLetters}: events the processor could not handle, parked with the later events of
   * their sequence.
   */
  record ProcessorProgress(
      String name,
      boolean running,
      boolean replaying,
      long position,
      long behind,
      long deadLetters) {}

  record Progress(long head, List<ProcessorProgress> processors) {}

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;

  ReadModelsController(EventProcessingConfiguration processing, JdbcClient jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  @GetMapping("/api/admin/read-models")
  Progress progress() {
    long head =
        jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
            .query(Long.class)
            .single();
    Map<String, Long> deadLetters = deadLettersByProcessor();
    return new Progress(
        head,
        streaming().stream()
            .map(
                processor -> {
                  long position =
                      processor.processingStatus().values().stream()
                          .map(EventTrackerStatus::getCurrentPosition)
                          .mapToLong(current -> current.orElse(0))
                          .min()
                          .orElse(0);
                  long behind = Math.max(0, head - position);
                  boolean replaying =
                      behind > 0
                          && processor.processingStatus().values().stream()
                              .anyMatch(EventTrackerStatus::isReplaying);
                  return new ProcessorProgress(
                      processor.getName(),
                      processor.isRunning(),
                      replaying,
                      position,
                      behind,
                      deadLetters.getOrDefault(processor.getName(), 0L));
                })
            .toList());
  }

  @PostMapping("/api/admin/read-models/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Progress rebuild() {
    for (StreamingEventProcessor processor : streaming()) {
      if (processor.supportsReset()) {
        processor.shutDown();
        processing.deadLetterQueue(processor.getName()).ifPresent(SequencedDeadLetterQueue::clear);
        processor.resetTokens();
        processor.start();
      }
    }
    return progress();
  }

  private Map<String, Long> deadLettersByProcessor() {
    return jdbc
        .sql("SELECT processinggroup, count(*) FROM deadletterentry GROUP BY processinggroup")
        .query((row, number) -> Map.entry(row.getString(1), row.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private List<StreamingEventProcessor> streaming() {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .sorted(Comparator.comparing(StreamingEventProcessor::getName))
        .toList();
  }
}
