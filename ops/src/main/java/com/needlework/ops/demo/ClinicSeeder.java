package com.needlework.ops.demo;

import com.needlework.api.clinic.AddRoomCommand;
import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.DefineVisitTypeCommand;
import com.needlework.api.clinic.OpenClinicCommand;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.staff.StaffRole;
import com.needlework.command.staff.StaffAccounts;
import com.needlework.ops.NeedleworkProperties;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start (an empty event store) opens the clinic through commands, so everything is in the
 * event store: the demo clinic with practitioners, rooms and logins, or with {@code
 * needlework.demo=false} an empty clinic with one admin login. The first start-up step: the
 * application is reported ready only after the read models show what it seeded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClinicSeeder implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";

  private static final Logger log = LoggerFactory.getLogger(ClinicSeeder.class);

  private final CommandGateway commands;
  private final StaffAccounts staff;
  private final JdbcClient jdbc;
  private final NeedleworkProperties properties;
  private final DemoPatients demoPatients;
  private final DemoInsurance demoInsurance;
  private final DemoBilling demoBilling;
  private final DemoHistory demoHistory;

  ClinicSeeder(
      CommandGateway commands,
      StaffAccounts staff,
      JdbcClient jdbc,
      NeedleworkProperties properties,
      DemoPatients demoPatients,
      DemoInsurance demoInsurance,
      DemoBilling demoBilling,
      DemoHistory demoHistory) {
    this.commands = commands;
    this.staff = staff;
    this.jdbc = jdbc;
    this.properties = properties;
    this.demoPatients = demoPatients;
    this.demoInsurance = demoInsurance;
    this.demoBilling = demoBilling;
    this.demoHistory = demoHistory;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean empty =
        jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM domainevententry)")
            .query(Boolean.class)
            .single();
    if (!empty) {
      return;
    }
    NeedleworkProperties.ClinicSettings clinic = properties.clinic();
    ClinicId clinicId = ClinicId.newId();
    commands.sendAndWait(
        new OpenClinicCommand(
            clinicId,
            properties.demo() ? "Needlework Demo Clinic" : clinic.name(),
            clinic.zone(),
            clinic.state(),
            BookingRules.DEFAULT));
    for (VisitTypeSettings settings : standardVisitTypes()) {
      commands.sendAndWait(new DefineVisitTypeCommand(clinicId, settings));
    }
    if (properties.demo()) {
      seedDemo(clinicId);
      log.info("Opened the demo clinic; staff sign in as frontdesk, clinician, billing or admin");
    } else {
      String password = firstAdminPassword();
      staff.register("admin", "Administrator", EnumSet.of(StaffRole.ADMIN), password);
      log.info("Opened an empty clinic with one login, 'admin'");
    }
  }

  static List<VisitTypeSettings> standardVisitTypes() {
    return List.of(
        new VisitTypeSettings(
            VisitType.DISCOVERY_CALL,
            Duration.ofMinutes(20),
            Duration.ZERO,
            VisitLocation.PHONE,
            true),
        new VisitTypeSettings(
            VisitType.EVALUATION,
            Duration.ofMinutes(60),
            Duration.ofMinutes(15),
            VisitLocation.TREATMENT_ROOM,
            false),
        new VisitTypeSettings(
            VisitType.NEEDLING_SESSION,
            Duration.ofMinutes(45),
            Duration.ofMinutes(15),
            VisitLocation.TREATMENT_ROOM,
            false));
  }

  private void seedDemo(ClinicId clinicId) {
    DemoPatients.Staffing staffing =
        new DemoPatients.Staffing(
            register("Maya Chen, DPT", weekdays(false)),
            register("Jordan Alvarez, PT", weekdays(true)),
            register("Priya Natarajan, DPT", weekdays(false)),
            List.of(room("Room 1"), room("Room 2"), room("Room 3")));
    demoBilling.setUp(clinicId, staffing);
    staff.register("frontdesk", "Front Desk", Set.of(StaffRole.FRONT_DESK), DEMO_PASSWORD);
    staff.register("clinician", "Maya Chen, DPT", Set.of(StaffRole.CLINICIAN), DEMO_PASSWORD);
    staff.register("billing", "Billing Office", Set.of(StaffRole.BILLING), DEMO_PASSWORD);
    staff.register("admin", "Clinic Administrator", Set.of(StaffRole.ADMIN), DEMO_PASSWORD);
    DemoPatients.Patients patients = demoPatients.register(staffing);
    demoInsurance.cover(patients);
    demoHistory.liveThrough(staffing, patients);
    demoPatients.book(staffing, patients);
  }

  private PractitionerId register(String name, WeeklyHours hours) {
    PractitionerId id = PractitionerId.newId();
    commands.sendAndWait(new RegisterPractitionerCommand(id, name, hours));
    return id;
  }

  private RoomId room(String name) {
    RoomId id = RoomId.newId();
    commands.sendAndWait(new AddRoomCommand(id, name));
    return id;
  }

  private static WeeklyHours weekdays(boolean alsoSaturdayMorning) {
    List<WorkingPeriod> periods = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      periods.add(new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    if (alsoSaturdayMorning) {
      periods.add(new WorkingPeriod(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
    }
    return new WeeklyHours(periods);
  }

  private String firstAdminPassword() {
    if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
      return properties.adminPassword();
    }
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    log.warn(
        "Generated the first admin password (shown once; set needlework.admin-password to"
            + " choose it): {}",
        generated);
    return generated;
  }
}
