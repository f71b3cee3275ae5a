package com.needlework.query.schedule;

import com.needlework.api.clinic.RoomId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A day of the clinic, room by room: the room twin of {@link DayScheduleResponse}. */
public record RoomScheduleResponse(LocalDate date, ZoneId zone, List<RoomDay> rooms) {

  public record RoomDay(RoomId roomId, String roomName, List<VisitView> visits) {}
}
