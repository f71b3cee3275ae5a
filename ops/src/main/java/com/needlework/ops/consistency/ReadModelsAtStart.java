package com.needlework.ops.consistency;

import com.needlework.ops.axon.ProjectionBarrier;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, the last start-up step: waits, as long as it takes, until every read model has
 * handled every event the store held once the clinic was opened, and says meanwhile which lag.
 * Spring Boot reports the application ready (accepting traffic) only after its start-up steps; this
 * health indicator ({@code readModels}) says OUT_OF_SERVICE until then too, so the health endpoint
 * and its readiness group answer 503 until staff can sign in and every screen shows what the store
 * holds.
 */
@Component("readModelsHealthIndicator")
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadModelsAtStart implements ApplicationRunner, HealthIndicator {

  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(ReadModelsAtStart.class);

  private final ProjectionBarrier projections;
  private volatile boolean caughtUp;

  ReadModelsAtStart(ProjectionBarrier projections) {
    this.projections = projections;
  }

  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    OptionalLong head = projections.head();
    long started = System.nanoTime();
    if (head.isPresent()) {
      List<String> lagging;
      while (!(lagging = projections.awaitLagging(head.getAsLong(), REPORT_EVERY)).isEmpty()) {
        log.info(
            "Not ready yet: read models catching up with event {}: {}", head.getAsLong(), lagging);
      }
    }
    caughtUp = true;
    log.info(
        "Read models caught up with the {} in {} ms",
        head.isPresent() ? "store's event " + head.getAsLong() : "empty store",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  @Override
  public Health health() {
    return caughtUp
        ? Health.up().build()
        : Health.outOfService().withDetail("reason", "read models catching up").build();
  }
}
