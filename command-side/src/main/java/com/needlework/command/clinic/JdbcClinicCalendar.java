package com.needlework.command.clinic;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.Fee;
import com.needlework.api.billing.Prices;
import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the command side's copy of the clinic setup. */
@Component
class JdbcClinicCalendar implements ClinicCalendar, ClinicSettings {

  private final JdbcClient jdbc;

  JdbcClinicCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ClinicSchedule> clinic() {
    return jdbc.sql(
            "SELECT zone, state, minimum_notice_s, public_horizon_s, staff_horizon_s, slot_step_s,"
                + " late_cancellation_s FROM cs_clinic")
        .query(
            (rs, row) ->
                new ClinicSchedule(
                    ZoneId.of(rs.getString("zone")),
                    rs.getString("state"),
                    new BookingRules(
                        Duration.ofSeconds(rs.getLong("minimum_notice_s")),
                        Duration.ofSeconds(rs.getLong("public_horizon_s")),
                        Duration.ofSeconds(rs.getLong("staff_horizon_s")),
                        Duration.ofSeconds(rs.getLong("slot_step_s")),
                        Duration.ofSeconds(rs.getLong("late_cancellation_s")))))
        .optional();
  }

  @Override
  public Optional<VisitTypeSettings> visitType(VisitType type) {
    return jdbc.sql(
            "SELECT length_s, buffer_after_s, location, publicly_bookable FROM cs_visit_type"
                + " WHERE visit_type = :type")
        .param("type", type.name())
        .query(
            (rs, row) ->
                new VisitTypeSettings(
                    type,
                    Duration.ofSeconds(rs.getLong("length_s")),
                    Duration.ofSeconds(rs.getLong("buffer_after_s")),
                    VisitLocation.valueOf(rs.getString("location")),
                    rs.getBoolean("publicly_bookable")))
        .optional();
  }

  @Override
  public Optional<PractitionerHours> practitioner(PractitionerId id) {
    return practitioners(id.value()).stream().findFirst();
  }

  @Override
  public List<PractitionerHours> practitioners() {
    return practitioners(null);
  }

  @Override
  public boolean roomExists(RoomId id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cs_room WHERE room_id = :id)")
        .param("id", id.value())
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<DryNeedlingCredential> credentials(PractitionerId id) {
    return jdbc.sql("SELECT state, valid_until FROM cs_credential WHERE practitioner_id = :id")
        .param("id", id.value())
        .query(
            (rs, row) ->
                new DryNeedlingCredential(
                    rs.getString("state"), rs.getObject("valid_until", LocalDate.class)))
        .list();
  }

  @Override
  public boolean isOff(PractitionerId id, TimeSlot slot) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM cs_time_off WHERE practitioner_id = :id"
                + " AND period && tstzrange(:start, :end, '[)'))")
        .param("id", id.value())
        .param("start", slot.start().atOffset(ZoneOffset.UTC))
        .param("end", slot.end().atOffset(ZoneOffset.UTC))
        .query(Boolean.class)
        .single();
  }

  private List<PractitionerHours> practitioners(UUID only) {
    String filter = only == null ? "" : " WHERE p.practitioner_id = :id";
    record Row(UUID id, String name, WorkingPeriod period) {}
    var statement =
        jdbc.sql(
            "SELECT p.practitioner_id, p.name, w.day_of_week, w.start_time, w.end_time"
                + " FROM cs_practitioner p LEFT JOIN cs_working_period w"
                + " ON w.practitioner_id = p.practitioner_id"
                + filter
                + " ORDER BY p.name, p.practitioner_id");
    if (only != null) {
      statement = statement.param("id", only);
    }
    List<Row> rows =
        statement
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("practitioner_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("day_of_week") == null
                            ? null
                            : new WorkingPeriod(
                                DayOfWeek.of(rs.getInt("day_of_week")),
                                rs.getObject("start_time", LocalTime.class),
                                rs.getObject("end_time", LocalTime.class))))
            .list();
    Map<UUID, List<Row>> byPractitioner =
        rows.stream()
            .collect(
                Collectors.groupingBy(Row::id, java.util.LinkedHashMap::new, Collectors.toList()));
    return byPractitioner.values().stream()
        .map(
            group ->
                new PractitionerHours(
                    new PractitionerId(group.get(0).id()),
                    group.get(0).name(),
                    new WeeklyHours(
                        group.stream().map(Row::period).filter(p -> p != null).toList())))
        .toList();
  }

  @Override
  public ClinicId clinicId() {
    return jdbc.sql("SELECT clinic_id FROM cs_clinic")
        .query((rs, row) -> new ClinicId(rs.getObject("clinic_id", UUID.class)))
        .optional()
        .orElseThrow(() -> Refusal.conflict("The clinic is not open yet"));
  }

  @Override
  public VisitFees visitFees() {
    return jdbc.sql("SELECT late_cancellation_fee, no_show_fee FROM cs_clinic")
        .query(
            (rs, row) ->
                new VisitFees(
                    Money.of(rs.getBigDecimal("late_cancellation_fee")),
                    Money.of(rs.getBigDecimal("no_show_fee"))))
        .optional()
        .orElse(VisitFees.NONE);
  }

  @Override
  public Prices prices() {
    return new Prices(
        jdbc.sql("SELECT code, effective_from, price, description FROM cs_fee")
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
