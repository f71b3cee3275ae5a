package com.needlework.query.waitlist;

import com.needlework.api.waitlist.PatientWaitlistedEvent;
import com.needlework.api.waitlist.WaitlistOfferAcceptedEvent;
import com.needlework.api.waitlist.WaitlistOfferDeclinedEvent;
import com.needlework.api.waitlist.WaitlistSlotOfferedEvent;
import com.needlework.query.consistency.ReadModels;
import com.needlework.query.web.ReadModelJson;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects waitlist entries. An entry's events come from its aggregate in order, so each one sets
 * the entry's state outright; a declined offer is keyed by its event's sequence number.
 */
@Component
@ProcessingGroup(ReadModels.WAITLIST_ENTRIES)
class WaitlistProjection {

  private final JdbcClient jdbc;
  private final ReadModelJson json;

  WaitlistProjection(JdbcClient jdbc, ReadModelJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventHandler
  void on(PatientWaitlistedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_waitlist_entry (entry_id, patient_id, visit_type, preferences,"
                + " waitlisted_at, status) VALUES (:id, :patient, :type,"
                + " CAST(:preferences AS jsonb), :waitlistedAt, :status)"
                + " ON CONFLICT (entry_id) DO NOTHING")
        .param("id", event.entryId().value())
        .param("patient", event.patientId().value())
        .param("type", event.visitType().name())
        .param("preferences", json.write(event.preferences()))
        .param("waitlistedAt", event.waitlistedAt().atOffset(ZoneOffset.UTC))
        .param("status", WaitlistStatus.WAITING.name())
        .update();
  }

  @EventHandler
  void on(WaitlistSlotOfferedEvent event) {
    jdbc.sql(
            "UPDATE rm_waitlist_entry SET status = :status, offer_start_at = :start,"
                + " offer_end_at = :end, offer_practitioner_id = :practitioner,"
                + " offer_room_id = :room WHERE entry_id = :id")
        .param("id", event.entryId().value())
        .param("status", WaitlistStatus.OFFERED.name())
        .param("start", event.offer().slot().start().atOffset(ZoneOffset.UTC))
        .param("end", event.offer().slot().end().atOffset(ZoneOffset.UTC))
        .param("practitioner", event.offer().practitionerId().value())
        .param("room", event.offer().roomId() == null ? null : event.offer().roomId().value())
        .update();
  }

  /** The accepted offer stays on the entry: it is the slot that was booked. */
  @EventHandler
  void on(WaitlistOfferAcceptedEvent event) {
    jdbc.sql(
            "UPDATE rm_waitlist_entry SET status = :status, booked_visit_id = :visit"
                + " WHERE entry_id = :id")
        .param("id", event.entryId().value())
        .param("status", WaitlistStatus.BOOKED.name())
        .param("visit", event.visitId().value())
        .update();
  }

  @EventHandler
  void on(WaitlistOfferDeclinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
    jdbc.sql(
            "INSERT INTO rm_waitlist_declined_offer (entry_id, sequence, start_at, end_at,"
                + " practitioner_id, room_id, declined_at) VALUES (:id, :sequence, :start, :end,"
                + " :practitioner, :room, :declinedAt) ON CONFLICT (entry_id, sequence) DO NOTHING")
        .param("id", event.entryId().value())
        .param("sequence", sequence)
        .param("start", event.offer().slot().start().atOffset(ZoneOffset.UTC))
        .param("end", event.offer().slot().end().atOffset(ZoneOffset.UTC))
        .param("practitioner", event.offer().practitionerId().value())
        .param("room", event.offer().roomId() == null ? null : event.offer().roomId().value())
        .param("declinedAt", at.atOffset(ZoneOffset.UTC))
        .update();
    jdbc.sql(
            "UPDATE rm_waitlist_entry SET status = :status, offer_start_at = NULL,"
                + " offer_end_at = NULL, offer_practitioner_id = NULL, offer_room_id = NULL"
                + " WHERE entry_id = :id")
        .param("id", event.entryId().value())
        .param("status", WaitlistStatus.WAITING.name())
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql("TRUNCATE rm_waitlist_entry, rm_waitlist_declined_offer").update();
  }
}
