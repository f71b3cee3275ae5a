package com.needlework.command.clinic;

import com.needlework.api.clinic.ClinicOpenedEvent;
import com.needlework.api.clinic.CredentialRecordedEvent;
import com.needlework.api.clinic.FeeSetEvent;
import com.needlework.api.clinic.PractitionerRegisteredEvent;
import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.api.clinic.TimeOffScheduledEvent;
import com.needlework.api.clinic.VisitFeesSetEvent;
import com.needlework.api.clinic.VisitTypeDefinedEvent;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.Refusal;
import com.needlework.command.consistency.TransactionalProjections;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the command side's copy of the clinic setup, in the same transaction as its events. */
@Component
@ProcessingGroup(TransactionalProjections.CLINIC_SETUP)
class ClinicSetupLookup {

  private final JdbcClient jdbc;

  ClinicSetupLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ClinicOpenedEvent event) {
    try {
      jdbc.sql(
              "INSERT INTO cs_clinic (clinic_id, name, zone, state, minimum_notice_s,"
                  + " public_horizon_s, staff_horizon_s, slot_step_s, late_cancellation_s)"
                  + " VALUES (:id, :name, :zone, :state, :notice, :publicHorizon, :staffHorizon,"
                  + " :step, :late)")
          .param("id", event.clinicId().value())
          .param("name", event.name())
          .param("zone", event.zone().getId())
          .param("state", event.state())
          .param("notice", event.rules().minimumNotice().toSeconds())
          .param("publicHorizon", event.rules().publicHorizon().toSeconds())
          .param("staffHorizon", event.rules().staffHorizon().toSeconds())
          .param("step", event.rules().slotStep().toSeconds())
          .param("late", event.rules().lateCancellationWindow().toSeconds())
          .update();
    } catch (DuplicateKeyException secondClinic) {
      throw Refusal.conflict("A clinic is already open here; one deployment serves one clinic");
    }
  }

  @EventHandler
  void on(FeeSetEvent event) {
    jdbc.sql(
            "INSERT INTO cs_fee (code, effective_from, price, description)"
                + " VALUES (:code, :from, :price, :description)"
                + " ON CONFLICT (code, effective_from) DO UPDATE SET price = EXCLUDED.price,"
                + " description = EXCLUDED.description")
        .param("code", event.fee().code().value())
        .param("from", event.fee().effectiveFrom())
        .param("price", event.fee().price().amount())
        .param("description", event.fee().description(), java.sql.Types.VARCHAR)
        .update();
  }

  @EventHandler
  void on(VisitFeesSetEvent event) {
    jdbc.sql("UPDATE cs_clinic SET late_cancellation_fee = :late, no_show_fee = :noShow")
        .param("late", event.fees().lateCancellation().amount())
        .param("noShow", event.fees().noShow().amount())
        .update();
  }

  @EventHandler
  void on(VisitTypeDefinedEvent event) {
    VisitTypeSettings settings = event.settings();
    jdbc.sql(
            "INSERT INTO cs_visit_type (visit_type, length_s, buffer_after_s, location,"
                + " publicly_bookable) VALUES (:type, :length, :buffer, :location, :public)"
                + " ON CONFLICT (visit_type) DO UPDATE SET length_s = EXCLUDED.length_s,"
                + " buffer_after_s = EXCLUDED.buffer_after_s, location = EXCLUDED.location,"
                + " publicly_bookable = EXCLUDED.publicly_bookable")
        .param("type", settings.type().name())
        .param("length", settings.length().toSeconds())
        .param("buffer", settings.bufferAfter().toSeconds())
        .param("location", settings.location().name())
        .param("public", settings.publiclyBookable())
        .update();
  }

  @EventHandler
  void on(PractitionerRegisteredEvent event) {
    jdbc.sql("INSERT INTO cs_practitioner (practitioner_id, name) VALUES (:id, :name)")
        .param("id", event.practitionerId().value())
        .param("name", event.name())
        .update();
    for (WorkingPeriod period : event.hours().periods()) {
      jdbc.sql(
              "INSERT INTO cs_working_period (practitioner_id, day_of_week, start_time, end_time)"
                  + " VALUES (:id, :day, :start, :end)")
          .param("id", event.practitionerId().value())
          .param("day", period.day().getValue())
          .param("start", period.start())
          .param("end", period.end())
          .update();
    }
  }

  @EventHandler
  void on(CredentialRecordedEvent event) {
    jdbc.sql(
            "INSERT INTO cs_credential (practitioner_id, state, valid_until)"
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
            "INSERT INTO cs_time_off (time_off_id, practitioner_id, period)"
                + " VALUES (:id, :practitioner, tstzrange(:start, :end, '[)'))")
        .param("id", event.timeOffId().value())
        .param("practitioner", event.practitionerId().value())
        .param("start", event.period().start().atOffset(ZoneOffset.UTC))
        .param("end", event.period().end().atOffset(ZoneOffset.UTC))
        .update();
  }

  @EventHandler
  void on(RoomAddedEvent event) {
    jdbc.sql("INSERT INTO cs_room (room_id, name) VALUES (:id, :name)")
        .param("id", event.roomId().value())
        .param("name", event.name())
        .update();
  }
}
