package com.needlework.command.scheduling;

import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicSchedule;
import com.needlework.command.clinic.PractitionerHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The clinic setup for fixture tests: a Los Angeles clinic with the default rules. */
public class InMemoryClinicCalendar implements ClinicCalendar {

  public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private final ClinicSchedule clinic = new ClinicSchedule(LOS_ANGELES, "CA", BookingRules.DEFAULT);
  private final Set<RoomId> rooms = new HashSet<>();
  private final Map<PractitionerId, List<DryNeedlingCredential>> credentials = new HashMap<>();
  private final Map<PractitionerId, List<TimeSlot>> timeOff = new HashMap<>();
  private final Map<VisitType, VisitTypeSettings> visitTypes = new EnumMap<>(VisitType.class);
  private final List<PractitionerHours> practitioners = new ArrayList<>();

  public InMemoryClinicCalendar() {
    visitTypes.put(
        VisitType.EVALUATION,
        new VisitTypeSettings(
            VisitType.EVALUATION,
            Duration.ofMinutes(60),
            Duration.ofMinutes(15),
            VisitLocation.TREATMENT_ROOM,
            false));
    visitTypes.put(
        VisitType.NEEDLING_SESSION,
        new VisitTypeSettings(
            VisitType.NEEDLING_SESSION,
            Duration.ofMinutes(45),
            Duration.ofMinutes(15),
            VisitLocation.TREATMENT_ROOM,
            false));
    visitTypes.put(
        VisitType.DISCOVERY_CALL,
        new VisitTypeSettings(
            VisitType.DISCOVERY_CALL,
            Duration.ofMinutes(20),
            Duration.ZERO,
            VisitLocation.PHONE,
            true));
  }

  PractitionerId practitionerWorkingWeekdays(String name) {
    List<WorkingPeriod> periods = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      periods.add(new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    PractitionerId id = PractitionerId.newId();
    practitioners.add(new PractitionerHours(id, name, new WeeklyHours(periods)));
    return id;
  }

  void practitioner(PractitionerId id, String name, WeeklyHours hours) {
    practitioners.add(new PractitionerHours(id, name, hours));
  }

  RoomId room() {
    RoomId id = RoomId.newId();
    rooms.add(id);
    return id;
  }

  void credential(PractitionerId practitioner, DryNeedlingCredential credential) {
    credentials.computeIfAbsent(practitioner, p -> new ArrayList<>()).add(credential);
  }

  void timeOff(PractitionerId practitioner, TimeSlot period) {
    timeOff.computeIfAbsent(practitioner, p -> new ArrayList<>()).add(period);
  }

  void offer(VisitTypeSettings settings) {
    visitTypes.put(settings.type(), settings);
  }

  @Override
  public Optional<ClinicSchedule> clinic() {
    return Optional.of(clinic);
  }

  @Override
  public Optional<VisitTypeSettings> visitType(VisitType type) {
    return Optional.ofNullable(visitTypes.get(type));
  }

  @Override
  public Optional<PractitionerHours> practitioner(PractitionerId id) {
    return practitioners.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public List<PractitionerHours> practitioners() {
    return List.copyOf(practitioners);
  }

  @Override
  public boolean roomExists(RoomId id) {
    return rooms.contains(id);
  }

  @Override
  public List<DryNeedlingCredential> credentials(PractitionerId id) {
    return credentials.getOrDefault(id, List.of());
  }

  @Override
  public boolean isOff(PractitionerId id, TimeSlot slot) {
    return timeOff.getOrDefault(id, List.of()).stream().anyMatch(slot::overlaps);
  }
}
