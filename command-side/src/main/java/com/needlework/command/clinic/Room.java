package com.needlework.command.clinic;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.clinic.AddRoomCommand;
import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A treatment room: evaluations and needling sessions each need one. */
@Aggregate
class Room {

  @AggregateIdentifier private RoomId roomId;

  protected Room() {}

  @CommandHandler
  Room(AddRoomCommand command) {
    apply(new RoomAddedEvent(command.roomId(), Texts.required(command.name(), "room name", 100)));
  }

  @EventSourcingHandler
  void on(RoomAddedEvent event) {
    roomId = event.roomId();
  }
}
