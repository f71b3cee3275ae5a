package com.needlework.query.availability;

import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.RequestRefusedException;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.AvailableSlotsResponse;
import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.scheduling.FindAvailableSlotsQuery;
import com.needlework.query.clinic.ClinicDirectory;
import com.needlework.query.clinic.ClinicDirectory.ClinicView;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers which slots are open, from the clinic directory and the schedule read models. */
@Component
class AvailabilityQueries {

  static final int MAX_DAYS = 62;

  private final JdbcClient jdbc;
  private final ClinicDirectory directory;
  private final Clock clock;

  AvailabilityQueries(JdbcClient jdbc, ClinicDirectory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  @QueryHandler
  AvailableSlotsResponse handle(FindAvailableSlotsQuery query) {
    if (query.to().isBefore(query.from())) {
      throw RequestRefusedException.invalid("'to' (" + query.to() + ") is before 'from'");
    }
    if (ChronoUnit.DAYS.between(query.from(), query.to()) >= MAX_DAYS) {
      throw RequestRefusedException.invalid(
          "Ask for at most " + MAX_DAYS + " days of availability at a time");
    }
    ClinicView clinic = directory.openClinic();
    VisitTypeSettings settings =
        directory
            .visitType(query.visitType())
            .orElseThrow(
                () ->
                    RequestRefusedException.rule(
                        "VISIT_TYPE_NOT_OFFERED",
                        "The clinic does not offer " + query.visitType() + " visits"));
    boolean publicCaller = query.channel() == BookingChannel.PUBLIC;
    if (publicCaller && !settings.publiclyBookable()) {
      throw RequestRefusedException.rule(
          "NOT_PUBLICLY_BOOKABLE",
          query.visitType() + " visits can only be booked by the clinic's staff");
    }
    List<ClinicDirectory.PractitionerView> practitioners =
        directory.practitioners(query.practitionerId());
    BookingRules rules = clinic.rules();
    Instant now = clock.instant();
    FreeSlots.Window window =
        new FreeSlots.Window(
            query.from(),
            query.to(),
            publicCaller ? now.plus(rules.minimumNotice()) : now,
            now.plus(publicCaller ? rules.publicHorizon() : rules.staffHorizon()),
            clinic.zone(),
            rules.slotStep());
    OffsetDateTime rangeStart =
        query.from().minusDays(1).atStartOfDay(clinic.zone()).toOffsetDateTime();
    OffsetDateTime rangeEnd = query.to().plusDays(2).atStartOfDay(clinic.zone()).toOffsetDateTime();
    List<Occupied> occupied = occupied(rangeStart, rangeEnd);
    Map<UUID, List<TimeSlot>> byPractitioner =
        occupied.stream()
            .collect(
                Collectors.groupingBy(
                    Occupied::practitioner,
                    Collectors.mapping(Occupied::slot, Collectors.toList())));
    List<FreeSlots.Practitioner> candidates =
        practitioners.stream()
            .map(
                p ->
                    new FreeSlots.Practitioner(
                        p.id(),
                        p.name(),
                        p.hours(),
                        byPractitioner.getOrDefault(p.id().value(), List.of())))
            .toList();
    List<TimeSlot> roomBusy =
        occupied.stream().filter(Occupied::inRoom).map(Occupied::slot).toList();
    return new AvailableSlotsResponse(
        clinic.zone(),
        FreeSlots.compute(window, settings, candidates, directory.rooms().size(), roomBusy));
  }

  private record Occupied(UUID practitioner, boolean inRoom, TimeSlot slot) {}

  private List<Occupied> occupied(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql(
            "SELECT practitioner_id, room_id IS NOT NULL AS in_room, start_at, occupied_until"
                + " FROM rm_visit WHERE status IN ('BOOKED', 'ARRIVED')"
                + " AND start_at < :to AND occupied_until > :from")
        .param("from", from.withOffsetSameInstant(ZoneOffset.UTC))
        .param("to", to.withOffsetSameInstant(ZoneOffset.UTC))
        .query(
            (rs, row) ->
                new Occupied(
                    rs.getObject("practitioner_id", UUID.class),
                    rs.getBoolean("in_room"),
                    new TimeSlot(
                        rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("occupied_until", OffsetDateTime.class).toInstant())))
        .list();
  }
}
