package com.needlework.ops.admin;

import com.needlework.ops.axon.ProcessingErrors;
import com.needlework.ops.axon.ProcessingErrors.LastError;
import com.needlework.ops.axon.ProcessorSegments;
import com.needlework.ops.axon.SegmentState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows how far each read model has read the event store, segment by segment across every node, and
 * rebuilds every read model from the events (their tables are emptied by their reset handlers and
 * refilled while the application keeps serving). A rebuild empties a read model's dead letters too:
 * the replay handles their events again and parks those that still fail. Processors that act on
 * events (the waitlist matcher) are never replayed.
 */
@RestController
public class ReadModelsController {

  /**
   * {@code position}: the lowest of its segments'; {@code replaying}: rebuilding and not yet caught
   * up (Axon keeps the flag until a new event); {@code deadLetters}: events the processor could not
   * handle, parked with the later events of their sequence.
   */
  public record ProcessorProgress(
      String name,
      boolean running,
      boolean replaying,
      long position,
      long behind,
      long deadLetters,
      List<SegmentProgress> segments) {}

  /**
   * One segment as the token store and this node see it. {@code owner}: the node holding its claim
   * ({@code null}: none); {@code lastError}: the class of the last error that stopped it on this
   * node (never the message, which can quote patient data), with when.
   */
  public record SegmentProgress(
      int segment,
      SegmentStanding state,
      String owner,
      boolean claimedHere,
      Instant claimUpdated,
      Long position,
      long behind,
      boolean replaying,
      LastError lastError) {}

  public enum SegmentStanding {
    /** This node works on it. */
    PROCESSING,
    /** This node holds it, stopped by an error it retries after. */
    FAILING,
    /** Another node holds a live claim on it. */
    CLAIMED_ELSEWHERE,
    /**
     * A node holds it but has not renewed its claim in time: it has stopped or lost the database.
     */
    CLAIM_EXPIRED,
    /** Nobody works on it: it stays where it is until a node claims it. */
    UNCLAIMED
  }

  public record Progress(long head, List<ProcessorProgress> processors) {}

  private final EventProcessingConfiguration processing;
  private final ProcessorSegments segments;
  private final ProcessingErrors errors;
  private final Duration claimTimeout;
  private final JdbcClient jdbc;

  ReadModelsController(
      EventProcessingConfiguration processing,
      ProcessorSegments segments,
      ProcessingErrors errors,
      TokenStoreProperties tokenStore,
      JdbcClient jdbc) {
    this.processing = processing;
    this.segments = segments;
    this.errors = errors;
    this.claimTimeout = tokenStore.getClaimTimeout();
    this.jdbc = jdbc;
  }

  @GetMapping("/api/admin/read-models")
  public Progress progress() {
    long head =
        jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
            .query(Long.class)
            .single();
    Map<String, Long> deadLetters = deadLettersByProcessor();
    return new Progress(
        head,
        segments.of(segments.streaming()).entrySet().stream()
            .map(
                processorSegments -> {
                  StreamingEventProcessor processor = processorSegments.getKey();
                  List<SegmentProgress> progress =
                      processorSegments.getValue().stream()
                          .map(segment -> progress(segment, head))
                          .toList();
                  long position =
                      progress.stream()
                          .mapToLong(segment -> segment.position() == null ? 0 : segment.position())
                          .min()
                          .orElse(0);
                  long behind = Math.max(0, head - position);
                  return new ProcessorProgress(
                      processor.getName(),
                      processor.isRunning(),
                      behind > 0 && progress.stream().anyMatch(SegmentProgress::replaying),
                      position,
                      behind,
                      deadLetters.getOrDefault(processor.getName(), 0L),
                      progress);
                })
            .toList());
  }

  private SegmentProgress progress(SegmentState segment, long head) {
    Long position = segment.position().isPresent() ? segment.position().getAsLong() : null;
    return new SegmentProgress(
        segment.segment(),
        standing(segment),
        segment.owner(),
        segment.claimedHere(),
        segment.claimUpdated(),
        position,
        Math.max(0, head - (position == null ? 0 : position)),
        segment.replaying(),
        lastError(segment));
  }

  private SegmentStanding standing(SegmentState segment) {
    if (segment.claimedHere()) {
      return segment.errorType() == null ? SegmentStanding.PROCESSING : SegmentStanding.FAILING;
    }
    if (segment.owner() == null) {
      return SegmentStanding.UNCLAIMED;
    }
    Instant expiry =
        segment.claimUpdated() == null ? Instant.MIN : segment.claimUpdated().plus(claimTimeout);
    return AbstractTokenEntry.clock.instant().isAfter(expiry)
        ? SegmentStanding.CLAIM_EXPIRED
        : SegmentStanding.CLAIMED_ELSEWHERE;
  }

  private LastError lastError(SegmentState segment) {
    LastError remembered = errors.of(segment.processor(), segment.segment()).orElse(null);
    if (segment.errorType() != null
        && (remembered == null || !remembered.type().equals(segment.errorType()))) {
      return new LastError(segment.errorType(), null);
    }
    return remembered;
  }

  @PostMapping("/api/admin/read-models/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Progress rebuild() {
    for (StreamingEventProcessor processor : segments.streaming()) {
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
}
