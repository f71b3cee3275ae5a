package com.needlework.ops.axon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads every segment of the streaming processors: the token store says which segments exist, who
 * holds each and how far it got; this node's memory is fresher for the segments it works on. Reads
 * the token store without claiming anything.
 */
@Component
public class ProcessorSegments {

  private record StoredSegment(
      String processor,
      int segment,
      byte[] token,
      String tokenType,
      String timestamp,
      String owner) {}

  private final EventProcessingConfiguration processing;
  private final JdbcClient jdbc;

  ProcessorSegments(EventProcessingConfiguration processing, JdbcClient jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  /** The streaming processors of the given names that this application runs, by name. */
  public List<StreamingEventProcessor> streaming(Collection<String> names) {
    return streaming().stream().filter(processor -> names.contains(processor.getName())).toList();
  }

  /** Every streaming processor this application runs, by name. */
  public List<StreamingEventProcessor> streaming() {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .sorted(Comparator.comparing(StreamingEventProcessor::getName))
        .toList();
  }

  /** Each processor's segments in segment order; a processor not yet started may have none. */
  public Map<StreamingEventProcessor, List<SegmentState>> of(
      Collection<StreamingEventProcessor> processors) {
    Set<String> names =
        processors.stream().map(StreamingEventProcessor::getName).collect(Collectors.toSet());
    Map<String, List<StoredSegment>> stored =
        jdbc
            .sql(
                "SELECT processorname, segment, token, tokentype, timestamp, owner FROM tokenentry"
                    + " ORDER BY processorname, segment")
            .query(
                (row, number) ->
                    new StoredSegment(
                        row.getString(1),
                        row.getInt(2),
                        row.getBytes(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)))
            .list()
            .stream()
            .filter(segment -> names.contains(segment.processor()))
            .collect(Collectors.groupingBy(StoredSegment::processor));
    Map<StreamingEventProcessor, List<SegmentState>> segments = new LinkedHashMap<>();
    for (StreamingEventProcessor processor : processors) {
      segments.put(
          processor, merge(processor, stored.getOrDefault(processor.getName(), List.of())));
    }
    return segments;
  }

  /**
   * The segment as this node's memory has it, or {@code null} when this node does not work on it
   * (any more).
   */
  public SegmentState fromMemory(StreamingEventProcessor processor, SegmentState segment) {
    EventTrackerStatus status = processor.processingStatus().get(segment.segment());
    return status == null
        ? null
        : claimedHere(processor, segment.owner(), segment.claimUpdated(), status);
  }

  private List<SegmentState> merge(StreamingEventProcessor processor, List<StoredSegment> stored) {
    Map<Integer, EventTrackerStatus> inMemory = processor.processingStatus();
    List<SegmentState> segments = new ArrayList<>();
    for (StoredSegment row : stored) {
      EventTrackerStatus status = inMemory.get(row.segment());
      Instant updated = row.timestamp() == null ? null : Instant.parse(row.timestamp());
      segments.add(
          status != null
              ? claimedHere(processor, row.owner(), updated, status)
              : new SegmentState(
                  processor.getName(),
                  row.segment(),
                  token(processor, row),
                  row.owner(),
                  updated,
                  false,
                  null));
    }
    Set<Integer> known = stored.stream().map(StoredSegment::segment).collect(Collectors.toSet());
    inMemory.forEach(
        (segment, status) -> {
          if (!known.contains(segment)) {
            segments.add(claimedHere(processor, null, null, status));
          }
        });
    segments.sort(Comparator.comparingInt(SegmentState::segment));
    return segments;
  }

  private SegmentState claimedHere(
      StreamingEventProcessor processor, String owner, Instant updated, EventTrackerStatus status) {
    return new SegmentState(
        processor.getName(),
        status.getSegment().getSegmentId(),
        status.getTrackingToken(),
        owner,
        updated,
        true,
        status.isErrorState() && status.getError() != null
            ? status.getError().getClass().getName()
            : null);
  }

  private TrackingToken token(StreamingEventProcessor processor, StoredSegment row) {
    if (row.token() == null || row.tokenType() == null) {
      return null;
    }
    TokenStore store = processing.tokenStore(processor.getName());
    if (!(store instanceof JdbcTokenStore jdbcStore)) {
      throw new IllegalStateException(
          "Processor " + processor.getName() + " keeps its tokens outside the JDBC token store");
    }
    return new GenericTokenEntry<>(
            row.token(),
            row.tokenType(),
            row.timestamp(),
            row.owner(),
            row.processor(),
            row.segment(),
            byte[].class)
        .getToken(jdbcStore.serializer());
  }
}
