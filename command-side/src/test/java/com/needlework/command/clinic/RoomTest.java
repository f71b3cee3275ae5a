package com.needlework.command.clinic;

import com.needlework.api.clinic.AddRoomCommand;
import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class RoomTest {

  private final RoomId id = RoomId.newId();
  private final AggregateTestFixture<Room> fixture = new AggregateTestFixture<>(Room.class);

  @Test
  void addsATreatmentRoom() {
    fixture
        .givenNoPriorActivity()
        .when(new AddRoomCommand(id, "Room 1"))
        .expectEvents(new RoomAddedEvent(id, "Room 1"));
  }

  @Test
  void refusesARoomWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(new AddRoomCommand(id, null))
        .expectNoEvents()
        .expectException(Refusal.class);
  }
}
