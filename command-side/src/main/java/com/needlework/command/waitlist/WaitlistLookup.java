package com.needlework.command.waitlist;

import com.needlework.api.waitlist.PatientWaitlistedEvent;
import com.needlework.api.waitlist.WaitlistOfferAcceptedEvent;
import com.needlework.api.waitlist.WaitlistOfferDeclinedEvent;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.api.waitlist.WaitlistSlotOfferedEvent;
import com.needlework.command.consistency.TransactionalProjections;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The command side's copy of the waitlist, in waiting order, for the matcher. */
@Component
@ProcessingGroup(TransactionalProjections.WAITLIST)
class WaitlistLookup {

  private final JdbcClient jdbc;

  WaitlistLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(PatientWaitlistedEvent event) {
    WaitlistPreferences preferences = event.preferences();
    jdbc.sql(
            "INSERT INTO cs_waitlist (entry_id, patient_id, visit_type, days, from_time, to_time,"
                + " practitioner_id, waitlisted_at, status) VALUES (:entry, :patient, :type, :days,"
                + " :from, :to, :practitioner, :at, 'WAITING')")
        .param("entry", event.entryId().value())
        .param("patient", event.patientId().value())
        .param("type", event.visitType().name())
        .param(
            "days",
            preferences.days().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .param("from", preferences.from())
        .param("to", preferences.to())
        .param(
            "practitioner",
            preferences.practitionerId() == null ? null : preferences.practitionerId().value(),
            Types.OTHER)
        .param("at", event.waitlistedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  @EventHandler
  void on(WaitlistSlotOfferedEvent event) {
    status(event.entryId().value(), "OFFERED");
  }

  @EventHandler
  void on(WaitlistOfferAcceptedEvent event) {
    status(event.entryId().value(), "BOOKED");
  }

  @EventHandler
  void on(WaitlistOfferDeclinedEvent event) {
    status(event.entryId().value(), "WAITING");
    jdbc.sql(
            "INSERT INTO cs_waitlist_declined (entry_id, slot_start, practitioner_id)"
                + " VALUES (:entry, :start, :practitioner) ON CONFLICT DO NOTHING")
        .param("entry", event.entryId().value())
        .param("start", event.offer().slot().start().atOffset(ZoneOffset.UTC))
        .param("practitioner", event.offer().practitionerId().value())
        .update();
  }

  private void status(UUID entry, String status) {
    jdbc.sql("UPDATE cs_waitlist SET status = :status WHERE entry_id = :entry")
        .param("entry", entry)
        .param("status", status)
        .update();
  }
}
