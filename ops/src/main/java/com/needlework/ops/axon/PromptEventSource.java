package com.needlework.ops.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The events as the pooled processors read them ({@code source: promptEventSource}, set by {@link
 * ProcessorSettings}, in {@code application.yml}): the event store's streams, which tell the
 * processor when new events arrive. The store's own streams cannot, so Axon's pooled coordinator
 * looked for new events only every 500 ms, and a read model showed a write up to half a second late
 * (every write's answer waits for the read models). One stream of this class's own follows the
 * store's cache of new events and calls every processor back as soon as events arrive there, from
 * this node or (within the store's fetch delay of a second) from another.
 */
@Component(PromptEventSource.BEAN)
class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, SmartLifecycle {

  /** Its bean name, which each processor names as its {@code source}. */
  static final String BEAN = "promptEventSource";

  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
  private static final Logger log = LoggerFactory.getLogger(PromptEventSource.class);

  private final PromptEventStore store;
  private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
  private volatile Thread watcher;

  PromptEventSource(PromptEventStore store) {
    this.store = store;
  }

  @Override
  public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
    return new CallingBackStream(store.openStream(trackingToken));
  }

  @Override
  public TrackingToken createTailToken() {
    return store.createTailToken();
  }

  @Override
  public TrackingToken createHeadToken() {
    return store.createHeadToken();
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return store.createTokenAt(dateTime);
  }

  @Override
  public TrackingToken createTokenSince(Duration duration) {
    return store.createTokenSince(duration);
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::watchForNewEvents, "new-events-watcher");
    thread.setDaemon(true);
    watcher = thread;
    thread.start();
  }

  @Override
  public void stop() {
    Thread thread = watcher;
    watcher = null;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return watcher != null;
  }

  private void watchForNewEvents() {
    while (watcher == Thread.currentThread()) {
      try (TrackingEventStream newEvents = store.openStream(store.createHeadToken())) {
        while (watcher == Thread.currentThread()) {
          if (newEvents.hasNextAvailable(1, TimeUnit.SECONDS)) {
            while (newEvents.hasNextAvailable()) {
              newEvents.nextAvailable();
            }
            callbacks.forEach(Runnable::run);
          }
        }
      } catch (InterruptedException stopping) {
        return;
      } catch (RuntimeException failure) {
        log.warn(
            "Watching for new events failed ({}); the processors look for them every few seconds"
                + " until it runs again",
            failure.getClass().getName());
        if (!pause()) {
          return;
        }
      }
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(RETRY_AFTER.toMillis());
      return true;
    } catch (InterruptedException stopping) {
      return false;
    }
  }

  /** The store's stream, calling the processor back when the watcher sees new events. */
  private final class CallingBackStream implements TrackingEventStream {

    private final TrackingEventStream events;
    private volatile Runnable callback;

    CallingBackStream(TrackingEventStream events) {
      this.events = events;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
      return events.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
      return events.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
      return events.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
      events.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
      Runnable previous = this.callback;
      if (previous != null) {
        callbacks.remove(previous);
      }
      this.callback = callback;
      callbacks.add(callback);
      return true;
    }

    @Override
    public void close() {
      Runnable registered = callback;
      if (registered != null) {
        callbacks.remove(registered);
      }
      events.close();
    }
  }
}
