package com.needlework.query.clinic;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.Fee;
import com.needlework.api.billing.Prices;
import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.query.web.ReadModelJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the clinic directory read model. */
@Component
public class ClinicRecords {

  /** The clinic; its billing identity is null until an admin sets it. */
  public record ClinicView(
      String name,
      ZoneId zone,
      String state,
      BookingRules rules,
      BillingIdentity billingIdentity,
      VisitFees visitFees) {}

  /** A practitioner; the NPI is null until an admin records it. */
  public record PractitionerView(PractitionerId id, String name, WeeklyHours hours, Npi npi) {}

  public record RoomView(RoomId id, String name) {}

  public record TimeOffView(PractitionerId practitionerId, TimeSlot period) {}

  private final JdbcClient jdbc;
  private final ReadModelJson json;

  ClinicRecords(JdbcClient jdbc, ReadModelJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Optional<ClinicView> clinic() {
    return jdbc.sql(
            "SELECT name, zone, state, rules::text AS rules,"
                + " billing_identity::text AS billing_identity, visit_fees::text AS visit_fees"
                + " FROM rm_clinic LIMIT 1")
        .query(
            (rs, row) -> {
              String identity = rs.getString("billing_identity");
              String fees = rs.getString("visit_fees");
              return new ClinicView(
                  rs.getString("name"),
                  ZoneId.of(rs.getString("zone")),
                  rs.getString("state"),
                  json.read(rs.getString("rules"), BookingRules.class),
                  identity == null ? null : json.read(identity, BillingIdentity.class),
                  fees == null ? VisitFees.NONE : json.read(fees, VisitFees.class));
            })
        .optional();
  }

  public Optional<VisitTypeSettings> visitType(VisitType type) {
    return jdbc.sql("SELECT settings::text FROM rm_visit_type WHERE visit_type = :type")
        .param("type", type.name())
        .query(String.class)
        .optional()
        .map(settings -> json.read(settings, VisitTypeSettings.class));
  }

  /** The clinic; refused as not found before it is open. */
  public ClinicView openClinic() {
    return clinic().orElseThrow(() -> Refusal.conflict("The clinic is not open yet"));
  }

  /** One practitioner (refused as not found when unknown), or all when {@code only} is null. */
  public List<PractitionerView> practitioners(PractitionerId only) {
    List<PractitionerView> practitioners =
        practitioners().stream().filter(p -> only == null || p.id().equals(only)).toList();
    if (only != null && practitioners.isEmpty()) {
      throw Refusal.notFound("practitioner", only);
    }
    return practitioners;
  }

  public List<PractitionerView> practitioners() {
    return jdbc.sql(
            "SELECT practitioner_id, name, hours::text AS hours, npi FROM rm_practitioner"
                + " ORDER BY name, practitioner_id")
        .query(
            (rs, row) ->
                new PractitionerView(
                    new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                    rs.getString("name"),
                    json.read(rs.getString("hours"), WeeklyHours.class),
                    rs.getString("npi") == null ? null : new Npi(rs.getString("npi"))))
        .list();
  }

  /** One room (refused as not found when unknown), or all when {@code only} is null. */
  public List<RoomView> rooms(RoomId only) {
    List<RoomView> rooms =
        rooms().stream().filter(r -> only == null || r.id().equals(only)).toList();
    if (only != null && rooms.isEmpty()) {
      throw Refusal.notFound("room", only);
    }
    return rooms;
  }

  public Labels labels() {
    return new Labels(
        practitioners().stream()
            .collect(Collectors.toMap(PractitionerView::id, PractitionerView::name)),
        rooms().stream().collect(Collectors.toMap(RoomView::id, RoomView::name)));
  }

  /** Each practitioner's dry-needling credentials, the latest one per state. */
  public Map<PractitionerId, List<DryNeedlingCredential>> credentials() {
    record Row(PractitionerId practitioner, DryNeedlingCredential credential) {}
    return jdbc
        .sql("SELECT practitioner_id, state, valid_until FROM rm_credential")
        .query(
            (rs, row) ->
                new Row(
                    new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                    new DryNeedlingCredential(
                        rs.getString("state"), rs.getObject("valid_until", LocalDate.class))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::practitioner, Collectors.mapping(Row::credential, Collectors.toList())));
  }

  /** Practitioners' time off that overlaps [from, to). */
  public List<TimeOffView> timeOff(Instant from, Instant to) {
    return jdbc.sql(
            "SELECT practitioner_id, start_at, end_at FROM rm_time_off"
                + " WHERE start_at < :to AND end_at > :from")
        .param("from", from.atOffset(ZoneOffset.UTC))
        .param("to", to.atOffset(ZoneOffset.UTC))
        .query(
            (rs, row) ->
                new TimeOffView(
                    new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                    new TimeSlot(
                        rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("end_at", OffsetDateTime.class).toInstant())))
        .list();
  }

  public List<RoomView> rooms() {
    return jdbc.sql("SELECT room_id, name FROM rm_room ORDER BY name, room_id")
        .query(
            (rs, row) ->
                new RoomView(new RoomId(rs.getObject("room_id", UUID.class)), rs.getString("name")))
        .list();
  }

  /** The fee schedule: every fee by code, then by the day it is effective from. */
  public Prices prices() {
    return new Prices(
        jdbc.sql(
                "SELECT code, effective_from, price, description FROM rm_fee ORDER BY code, effective_from")
            .query(
                (rs, row) ->
                    new Fee(
                        new BillingCode(rs.getString("code")),
                        rs.getString("description"),
                        Money.of(rs.getBigDecimal("price")),
                        rs.getObject("effective_from", LocalDate.class)))
            .list());
  }
}
