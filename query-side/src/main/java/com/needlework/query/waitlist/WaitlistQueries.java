package com.needlework.query.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.query.clinic.ClinicRecords;
import com.needlework.query.clinic.Labels;
import com.needlework.query.waitlist.WaitlistEntryView.DeclinedOffer;
import com.needlework.query.waitlist.WaitlistEntryView.Offer;
import com.needlework.query.waitlist.WaitlistEntryView.Preferences;
import com.needlework.query.web.ReadModelJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the waitlist, oldest entry first, from the waitlist and patients read models. */
@Component
class WaitlistQueries {

  private final JdbcClient jdbc;
  private final ReadModelJson json;
  private final ClinicRecords clinicRecords;

  private static final String SELECT =
      "SELECT e.entry_id, e.patient_id, e.visit_type, e.preferences::text AS preferences,"
          + " e.waitlisted_at, e.status, e.offer_start_at, e.offer_end_at,"
          + " e.offer_practitioner_id, e.offer_room_id, e.booked_visit_id,"
          + " p.name AS patient_name"
          + " FROM rm_waitlist_entry e LEFT JOIN rm_patient p ON p.patient_id = e.patient_id";

  WaitlistQueries(JdbcClient jdbc, ReadModelJson json, ClinicRecords clinicRecords) {
    this.jdbc = jdbc;
    this.json = json;
    this.clinicRecords = clinicRecords;
  }

  List<WaitlistEntryView> entries() {
    ZoneId zone = clinicRecords.openClinic().zone();
    Labels labels = clinicRecords.labels();
    Map<WaitlistEntryId, List<DeclinedOffer>> declined = declinedOffers(zone, labels);
    return jdbc.sql(SELECT + " ORDER BY e.waitlisted_at, e.entry_id")
        .query((rs, row) -> entry(rs, zone, labels, declined))
        .list();
  }

  /** One entry; refused as not found for an unknown one. */
  WaitlistEntryView entry(WaitlistEntryId entryId) {
    ZoneId zone = clinicRecords.openClinic().zone();
    Labels labels = clinicRecords.labels();
    Map<WaitlistEntryId, List<DeclinedOffer>> declined = declinedOffers(zone, labels);
    return jdbc.sql(SELECT + " WHERE e.entry_id = :entry")
        .param("entry", entryId.value())
        .query((rs, row) -> entry(rs, zone, labels, declined))
        .optional()
        .orElseThrow(() -> Refusal.notFound("waitlist entry", entryId));
  }

  private WaitlistEntryView entry(
      ResultSet rs, ZoneId zone, Labels labels, Map<WaitlistEntryId, List<DeclinedOffer>> declined)
      throws SQLException {
    WaitlistEntryId entryId = new WaitlistEntryId(rs.getObject("entry_id", UUID.class));
    UUID bookedVisit = rs.getObject("booked_visit_id", UUID.class);
    return new WaitlistEntryView(
        entryId,
        new PatientId(rs.getObject("patient_id", UUID.class)),
        rs.getString("patient_name"),
        VisitType.valueOf(rs.getString("visit_type")),
        Preferences.of(json.read(rs.getString("preferences"), WaitlistPreferences.class), labels),
        local(rs.getObject("waitlisted_at", OffsetDateTime.class), zone),
        WaitlistStatus.valueOf(rs.getString("status")),
        offer(rs, zone, labels),
        bookedVisit == null ? null : new VisitId(bookedVisit),
        declined.getOrDefault(entryId, List.of()));
  }

  private Map<WaitlistEntryId, List<DeclinedOffer>> declinedOffers(ZoneId zone, Labels labels) {
    record Row(WaitlistEntryId entryId, DeclinedOffer declined) {}
    return jdbc
        .sql(
            "SELECT entry_id, start_at AS offer_start_at, end_at AS offer_end_at,"
                + " practitioner_id AS offer_practitioner_id, room_id AS offer_room_id,"
                + " declined_at FROM rm_waitlist_declined_offer ORDER BY entry_id, sequence")
        .query(
            (rs, row) ->
                new Row(
                    new WaitlistEntryId(rs.getObject("entry_id", UUID.class)),
                    new DeclinedOffer(
                        offer(rs, zone, labels),
                        local(rs.getObject("declined_at", OffsetDateTime.class), zone))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::entryId, Collectors.mapping(Row::declined, Collectors.toList())));
  }

  /** The offer in the {@code offer_*} columns, or null when there is none. */
  private static Offer offer(ResultSet rs, ZoneId zone, Labels labels) throws SQLException {
    OffsetDateTime start = rs.getObject("offer_start_at", OffsetDateTime.class);
    if (start == null) {
      return null;
    }
    PractitionerId practitioner =
        new PractitionerId(rs.getObject("offer_practitioner_id", UUID.class));
    UUID room = rs.getObject("offer_room_id", UUID.class);
    RoomId roomId = room == null ? null : new RoomId(room);
    return new Offer(
        local(start, zone),
        local(rs.getObject("offer_end_at", OffsetDateTime.class), zone),
        practitioner,
        labels.practitioner(practitioner),
        roomId,
        labels.room(roomId));
  }

  private static OffsetDateTime local(OffsetDateTime stored, ZoneId zone) {
    return stored.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
