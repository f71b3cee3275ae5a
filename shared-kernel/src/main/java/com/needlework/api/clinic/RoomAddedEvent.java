package com.needlework.api.clinic;

public record RoomAddedEvent(RoomId roomId, String name) {}
