package com.needlework.query.clinic;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import java.util.Map;

/** The names of practitioners and rooms that views show beside their ids. */
public record Labels(Map<PractitionerId, String> practitioners, Map<RoomId, String> rooms) {

  /** Refuses as not found a practitioner or room that is given but unknown. */
  public void requireKnown(PractitionerId practitioner, RoomId room) {
    if (practitioner != null && !practitioners.containsKey(practitioner)) {
      throw Refusal.notFound("practitioner", practitioner);
    }
    if (room != null && !rooms.containsKey(room)) {
      throw Refusal.notFound("room", room);
    }
  }

  public String practitioner(PractitionerId id) {
    return id == null ? null : practitioners.get(id);
  }

  public String room(RoomId id) {
    return id == null ? null : rooms.get(id);
  }
}
