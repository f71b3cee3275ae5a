package com.needlework.ops.axon;

import com.needlework.query.consistency.ReadModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits until every read model has handled everything the event store held at a
 * given moment, instead of sleeping and hoping. Every segment counts, on whichever node it is
 * claimed or on none (the token store lists them all); a segment this node works on is judged from
 * its memory, any other from its stored token, and a stored token that lags only behind events the
 * segment does not handle (an idle segment writes its token only now and then) is not waited for.
 * The waitlist matcher is no read model: it acts on events, and what it does shows in the read
 * models as new events of its own.
 */
@Component
public class ProjectionBarrier {

  private static final Duration POLL = Duration.ofMillis(2);
  private static final Logger log = LoggerFactory.getLogger(ProjectionBarrier.class);

  private final ProcessorSegments segments;
  private final EventStorageEngine events;
  private final JdbcClient jdbc;

  ProjectionBarrier(ProcessorSegments segments, EventStorageEngine events, JdbcClient jdbc) {
    this.segments = segments;
    this.events = events;
    this.jdbc = jdbc;
  }

  /** The global index of the newest event in the store, if there is any. */
  public OptionalLong head() {
    Long head =
        jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    return head == null ? OptionalLong.empty() : OptionalLong.of(head);
  }

  /** Answers whether the read models caught up with the store as it is now, within the timeout. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    OptionalLong head = head();
    return head.isEmpty() || awaitCaughtUpWith(head.getAsLong(), timeout);
  }

  /**
   * Answers whether every read model handled every event up to {@code head} within the timeout;
   * logs the laggards when not.
   */
  public boolean awaitCaughtUpWith(long head, Duration timeout) throws InterruptedException {
    List<String> lagging = awaitLagging(head, timeout);
    if (!lagging.isEmpty()) {
      log.warn("Read models behind event {} after {}: {}", head, timeout, lagging);
    }
    return lagging.isEmpty();
  }

  /**
   * Waits at most {@code timeout} for every read model to handle every event up to {@code head};
   * answers the segments still behind then (processor, segment, position and where it is claimed;
   * no patient data), none when all caught up.
   */
  public List<String> awaitLagging(long head, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Await await = new Await(head);
    while (!await.caughtUp()) {
      if (System.nanoTime() - deadline > 0) {
        return await.lagging();
      }
      Thread.sleep(POLL.toMillis());
    }
    return List.of();
  }

  /**
   * One wait for one head. Keeps what it learnt between polls: the segments already caught up (they
   * are not read again), gaps in tokens that hold no event (an append rolled back), and whether a
   * stored token lags behind events its segment handles.
   */
  private final class Await {

    private final long head;
    private final Set<Long> noEvent = new HashSet<>();
    private final Map<StoredPosition, Boolean> handlesPendingEvents = new HashMap<>();

    /** The processors not caught up, with their lagging segments (none known yet: empty). */
    private Map<StreamingEventProcessor, List<SegmentState>> behind;

    Await(long head) {
      this.head = head;
    }

    boolean caughtUp() {
      Map<StreamingEventProcessor, List<SegmentState>> stillBehind = new LinkedHashMap<>();
      current()
          .forEach(
              (processor, all) -> {
                List<SegmentState> lagging =
                    all.stream().filter(segment -> !covers(processor, segment, all)).toList();
                if (all.isEmpty() || !lagging.isEmpty()) {
                  stillBehind.put(processor, lagging);
                }
              });
      behind = stillBehind;
      return behind.isEmpty();
    }

    List<String> lagging() {
      List<String> described = new ArrayList<>();
      behind.forEach(
          (processor, lagging) -> {
            if (lagging.isEmpty()) {
              described.add(processor.getName() + " has no segments yet");
            }
            lagging.forEach(segment -> described.add(describe(segment)));
          });
      return described;
    }

    /**
     * First every read model's segments from the token store; afterwards only the lagging ones,
     * from memory while this node still works on each of them, else from the token store again.
     */
    private Map<StreamingEventProcessor, List<SegmentState>> current() {
      if (behind == null) {
        return segments.of(segments.streaming(ReadModels.names()));
      }
      Map<StreamingEventProcessor, List<SegmentState>> current = new LinkedHashMap<>();
      List<StreamingEventProcessor> reread = new ArrayList<>();
      behind.forEach(
          (processor, lagging) -> {
            List<SegmentState> fresh =
                lagging.stream()
                    .map(s -> s.claimedHere() ? segments.fromMemory(processor, s) : null)
                    .toList();
            if (lagging.isEmpty() || fresh.contains(null)) {
              reread.add(processor);
            } else {
              current.put(processor, fresh);
            }
          });
      if (!reread.isEmpty()) {
        current.putAll(segments.of(reread));
      }
      return current;
    }

    private boolean covers(
        StreamingEventProcessor processor, SegmentState segment, List<SegmentState> all) {
      if (reachedHead(segment.token())) {
        return true;
      }
      if (segment.claimedHere()) {
        return false;
      }
      return !handlesPendingEvents.computeIfAbsent(
          new StoredPosition(segment.processor(), segment.segment(), segment.token()),
          stored -> handlesEventsUpToHead(processor, segment, all));
    }

    /** At or past the head, with no event of the store left behind in a gap of the token. */
    private boolean reachedHead(TrackingToken token) {
      OptionalLong position = token == null ? OptionalLong.empty() : token.position();
      return position.isPresent() && position.getAsLong() >= head && !eventsInGaps(token);
    }

    private boolean eventsInGaps(TrackingToken token) {
      if (!(WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware)) {
        return false;
      }
      SortedSet<Long> gaps = gapAware.getGaps().headSet(head + 1);
      List<Long> unknown = gaps.stream().filter(gap -> !noEvent.contains(gap)).toList();
      if (unknown.isEmpty()) {
        return false;
      }
      Set<Long> events =
          new HashSet<>(
              jdbc.sql("SELECT globalindex FROM domainevententry WHERE globalindex IN (:gaps)")
                  .param("gaps", unknown)
                  .query(Long.class)
                  .list());
      unknown.stream().filter(gap -> !events.contains(gap)).forEach(noEvent::add);
      return !events.isEmpty();
    }

    /**
     * Whether a segment judged by its stored token would handle any event up to the head it has not
     * read yet; the same question the processor asks of each event it reads.
     */
    private boolean handlesEventsUpToHead(
        StreamingEventProcessor processor, SegmentState stored, List<SegmentState> all) {
      if (!(processor instanceof AbstractEventProcessor handlers)) {
        return true;
      }
      Segment segment =
          Segment.computeSegment(
              stored.segment(), all.stream().mapToInt(SegmentState::segment).toArray());
      TrackingToken from =
          stored.token() == null ? null : WrappedToken.unwrapLowerBound(stored.token());
      try (Stream<? extends TrackedEventMessage<?>> unread = events.readEvents(from, false)) {
        return unread
            .takeWhile(event -> event.trackingToken().position().orElse(Long.MAX_VALUE) <= head)
            .anyMatch(event -> handlers.eventHandlerInvoker().canHandle(event, segment));
      }
    }
  }

  private record StoredPosition(String processor, int segment, TrackingToken token) {}

  private static String describe(SegmentState segment) {
    String position =
        segment.position().isPresent() ? "at " + segment.position().getAsLong() : "at the start";
    String where =
        segment.claimedHere()
            ? "here"
            : segment.owner() == null ? "unclaimed" : "claimed by " + segment.owner();
    String error = segment.errorType() == null ? "" : ", stopped by " + segment.errorType();
    return segment.processor() + "[" + segment.segment() + "] " + position + " " + where + error;
  }
}
