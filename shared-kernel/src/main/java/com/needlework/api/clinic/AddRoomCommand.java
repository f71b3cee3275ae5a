package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddRoomCommand(@TargetAggregateIdentifier RoomId roomId, String name) {}
