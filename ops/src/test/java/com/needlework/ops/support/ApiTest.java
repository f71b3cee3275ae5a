package com.needlework.ops.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.axon.ProjectionBarrier;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A test of the running application through its API, with scenarios built through commands. */
public abstract class ApiTest {

  @LocalServerPort protected int port;
  @Autowired protected CommandGateway commands;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected SettableClock clock;
  @Autowired protected ProjectionBarrier projections;
  protected TestApi api;
  protected Scenarios scenarios;

  @BeforeEach
  void setUpTheApi() {
    api = new TestApi(port);
    scenarios = new Scenarios(commands, jdbc);
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  protected void readModelsCaughtUp() throws InterruptedException {
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();
  }
}
