package com.needlework.ops.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.api.clinic.RoomId;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes appending the same aggregate sequence: the loser sees a retryable conflict. */
@NeedleworkIntegrationTest
class EventStoreConcurrencyIT {

  @Autowired EventStorageEngine storage;
  @Autowired JdbcClient jdbc;

  private static GenericDomainEventMessage<RoomAddedEvent> roomEvent(
      RoomId room, long sequence, String name) {
    return new GenericDomainEventMessage<>(
        "Room", room.toString(), sequence, new RoomAddedEvent(room, name));
  }

  @Test
  void aSecondEventAtTheSameAggregateSequenceIsAConcurrencyConflict() {
    RoomId room = RoomId.newId();
    storage.appendEvents(roomEvent(room, 0, "Room 7"), roomEvent(room, 1, "Room 7, renamed"));

    assertThatThrownBy(() -> storage.appendEvents(roomEvent(room, 1, "Room 7, renamed again")))
        .isInstanceOf(ConcurrencyException.class);
    assertThat(EventStore.eventsOf(jdbc, room)).isEqualTo(2);
  }

  @Test
  void creatingAnAggregateTwiceIsReportedAsACreationConflict() {
    RoomId room = RoomId.newId();
    storage.appendEvents(roomEvent(room, 0, "Room 8"));

    assertThatThrownBy(() -> storage.appendEvents(roomEvent(room, 0, "Room 8 again")))
        .isInstanceOf(AggregateStreamCreationException.class);
    assertThat(EventStore.eventsOf(jdbc, room)).isEqualTo(1);
  }
}
