package com.needlework.ops.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Remembers the last error that stopped each segment of a streaming processor on this node, for the
 * admin status: Axon forgets a failed segment's status as soon as it releases the segment. Only the
 * error's class is kept, since messages can quote patient data. Errors still propagate, as with
 * Axon's default, so the segment is released and retried.
 */
@Component
public class ProcessingErrors implements ConfigurerModule {

  public record LastError(String type, Instant at) {}

  private final Map<String, Map<Integer, LastError>> errors = new ConcurrentHashMap<>();
  private final Clock clock;

  ProcessingErrors(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void configureModule(Configurer configurer) {
    configurer
        .eventProcessing()
        .registerDefaultErrorHandler(
            config ->
                failure -> {
                  remember(config.eventProcessingConfiguration(), failure);
                  PropagatingErrorHandler.instance().handleError(failure);
                });
  }

  /** The last error of one segment on this node, if any. */
  public Optional<LastError> of(String processor, int segment) {
    return Optional.ofNullable(errors.getOrDefault(processor, Map.of()).get(segment));
  }

  private void remember(EventProcessingConfiguration processing, ErrorContext failure) {
    if (failure.failedEvents().isEmpty()) {
      return;
    }
    Optional<StreamingEventProcessor> processor =
        processing.eventProcessor(failure.eventProcessor(), StreamingEventProcessor.class);
    if (processor.isEmpty()) {
      return;
    }
    EventMessage<?> first = failure.failedEvents().get(0);
    Object sequence =
        processing.sequencingPolicy(failure.eventProcessor()).getSequenceIdentifierFor(first);
    int hash = Objects.hashCode(sequence == null ? first.getIdentifier() : sequence);
    LastError error = new LastError(failure.error().getClass().getName(), clock.instant());
    processor.get().processingStatus().values().stream()
        .map(EventTrackerStatus::getSegment)
        .filter(segment -> segment.matches(hash))
        .forEach(
            segment ->
                errors
                    .computeIfAbsent(failure.eventProcessor(), name -> new ConcurrentHashMap<>())
                    .put(segment.getSegmentId(), error));
  }
}
