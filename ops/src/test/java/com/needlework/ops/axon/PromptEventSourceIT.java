package com.needlework.ops.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read models' event streams call their processor back once new events have committed. */
@NeedleworkIntegrationTest
class PromptEventSourceIT {

  @Autowired PromptEventSource source;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;

  @Test
  void aStreamIsCalledBackWhenAnEventCommitsAndThenHasIt() throws Exception {
    CountDownLatch calledBack = new CountDownLatch(1);
    try (BlockingStream<TrackedEventMessage<?>> events =
        source.openStream(source.createHeadToken())) {
      assertThat(events.setOnAvailableCallback(calledBack::countDown)).isTrue();

      new Scenarios(commands, jdbc).room("Called-back room");

      assertThat(calledBack.await(10, TimeUnit.SECONDS)).isTrue();
      boolean roomAdded = false;
      while (!roomAdded && events.hasNextAvailable(5, TimeUnit.SECONDS)) {
        roomAdded =
            events.nextAvailable().getPayload() instanceof RoomAddedEvent added
                && added.name().equals("Called-back room");
      }
      assertThat(roomAdded).isTrue();
    }
  }
}
