package com.needlework.query.clinic;

import com.needlework.api.clinic.BillingIdentitySetEvent;
import com.needlework.api.clinic.ClinicOpenedEvent;
import com.needlework.api.clinic.CredentialRecordedEvent;
import com.needlework.api.clinic.FeeSetEvent;
import com.needlework.api.clinic.PractitionerNpiRecordedEvent;
import com.needlework.api.clinic.PractitionerRegisteredEvent;
import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.api.clinic.TimeOffScheduledEvent;
import com.needlework.api.clinic.VisitFeesSetEvent;
import com.needlework.api.clinic.VisitTypeDefinedEvent;
import com.needlework.query.consistency.ReadModels;
import com.needlework.query.web.ReadModelJson;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects the clinic's setup; every write is an upsert so a replay lands on the same rows. */
@Component
@ProcessingGroup(ReadModels.CLINIC_DIRECTORY)
class ClinicDirectoryProjection {

  private final JdbcClient jdbc;
  private final ReadModelJson json;

  ClinicDirectoryProjection(JdbcClient jdbc, ReadModelJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @EventHandler
  void on(ClinicOpenedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_clinic (clinic_id, name, zone, state, rules)"
                + " VALUES (:id, :name, :zone, :state, CAST(:rules AS jsonb))"
                + " ON CONFLICT (clinic_id) DO UPDATE SET name = EXCLUDED.name,"
                + " zone = EXCLUDED.zone, state = EXCLUDED.state, rules = EXCLUDED.rules")
        .param("id", event.clinicId().value())
        .param("name", event.name())
        .param("zone", event.zone().getId())
        .param("state", event.state())
        .param("rules", json.write(event.rules()))
        .update();
  }

  @EventHandler
  void on(BillingIdentitySetEvent event) {
    jdbc.sql(
            "UPDATE rm_clinic SET billing_identity = CAST(:identity AS jsonb) WHERE clinic_id = :id")
        .param("id", event.clinicId().value())
        .param("identity", json.write(event.identity()))
        .update();
  }

  @EventHandler
  void on(FeeSetEvent event) {
    jdbc.sql(
            "INSERT INTO rm_fee (code, effective_from, price, description)"
                + " VALUES (:code, :from, :price, :description) ON CONFLICT (code, effective_from)"
                + " DO UPDATE SET price = EXCLUDED.price, description = EXCLUDED.description")
        .param("code", event.fee().code().value())
        .param("from", event.fee().effectiveFrom())
        .param("price", event.fee().price().amount())
        .param("description", event.fee().description(), java.sql.Types.VARCHAR)
        .update();
  }

  @EventHandler
  void on(VisitFeesSetEvent event) {
    jdbc.sql("UPDATE rm_clinic SET visit_fees = CAST(:fees AS jsonb) WHERE clinic_id = :id")
        .param("id", event.clinicId().value())
        .param("fees", json.write(event.fees()))
        .update();
  }

  @EventHandler
  void on(PractitionerNpiRecordedEvent event) {
    jdbc.sql("UPDATE rm_practitioner SET npi = :npi WHERE practitioner_id = :id")
        .param("id", event.practitionerId().value())
        .param("npi", event.npi().value())
        .update();
  }

  @EventHandler
  void on(VisitTypeDefinedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_visit_type (visit_type, settings) VALUES (:type, CAST(:settings AS"
                + " jsonb)) ON CONFLICT (visit_type) DO UPDATE SET settings = EXCLUDED.settings")
        .param("type", event.settings().type().name())
        .param("settings", json.write(event.settings()))
        .update();
  }

  @EventHandler
  void on(PractitionerRegisteredEvent event) {
    jdbc.sql(
            "INSERT INTO rm_practitioner (practitioner_id, name, hours)"
                + " VALUES (:id, :name, CAST(:hours AS jsonb)) ON CONFLICT (practitioner_id)"
                + " DO UPDATE SET name = EXCLUDED.name, hours = EXCLUDED.hours")
        .param("id", event.practitionerId().value())
        .param("name", event.name())
        .param("hours", json.write(event.hours()))
        .update();
  }

  @EventHandler
  void on(RoomAddedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_room (room_id, name) VALUES (:id, :name)"
                + " ON CONFLICT (room_id) DO UPDATE SET name = EXCLUDED.name")
        .param("id", event.roomId().value())
        .param("name", event.name())
        .update();
  }

  /** A later credential for the same state replaces the earlier one (a renewal). */
  @EventHandler
  void on(CredentialRecordedEvent event) {
    jdbc.sql(
            "INSERT INTO rm_credential (practitioner_id, state, valid_until)"
                + " VALUES (:id, :state, :validUntil) ON CONFLICT (practitioner_id, state)"
                + " DO UPDATE SET valid_until = EXCLUDED.valid_until")
        .param("id", event.practitionerId().value())
        .param("state", event.credential().state())
        .param("validUntil", event.credential().validUntil())
        .update();
  }

  @EventHandler
  void on(TimeOffScheduledEvent event) {
    jdbc.sql(
            "INSERT INTO rm_time_off (time_off_id, practitioner_id, start_at, end_at)"
                + " VALUES (:id, :practitioner, :start, :end) ON CONFLICT (time_off_id) DO NOTHING")
        .param("id", event.timeOffId().value())
        .param("practitioner", event.practitionerId().value())
        .param("start", event.period().start().atOffset(ZoneOffset.UTC))
        .param("end", event.period().end().atOffset(ZoneOffset.UTC))
        .update();
  }

  @ResetHandler
  void reset() {
    jdbc.sql(
            "TRUNCATE rm_clinic, rm_visit_type, rm_practitioner, rm_room, rm_credential,"
                + " rm_time_off, rm_fee")
        .update();
  }
}
