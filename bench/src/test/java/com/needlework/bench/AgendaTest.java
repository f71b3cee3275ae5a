package com.needlework.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

  private static final Instant START = Instant.parse("2026-01-05T15:00:00Z");

  @Test
  void runsStepsInTimeOrderTiesAsPlannedWithTheClockAtEachStep() {
    SimulatedClock clock = new SimulatedClock(START);
    Agenda agenda = new Agenda(clock);
    List<String> ran = new ArrayList<>();
    agenda.at(START.plusSeconds(60), () -> ran.add("second at " + clock.instant()));
    agenda.at(START.plusSeconds(10), () -> ran.add("first at " + clock.instant()));
    agenda.at(
        START.plusSeconds(60),
        () -> {
          ran.add("third at " + clock.instant());
          agenda.at(START.plusSeconds(3600), () -> ran.add("never: after the end"));
        });

    agenda.runUntil(START.plusSeconds(120));

    assertThat(ran)
        .containsExactly(
            "first at 2026-01-05T15:00:10Z",
            "second at 2026-01-05T15:01:00Z",
            "third at 2026-01-05T15:01:00Z");
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(120));
  }

  @Test
  void refusesAStepInTheSimulatedPast() {
    SimulatedClock clock = new SimulatedClock(START);
    Agenda agenda = new Agenda(clock);

    assertThatThrownBy(() -> agenda.at(START.minusSeconds(1), () -> {}))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> clock.advanceTo(START.minusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
  }
}
