package com.needlework.command.clinic;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.needlework.api.clinic.CredentialRecordedEvent;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.PractitionerNpiRecordedEvent;
import com.needlework.api.clinic.PractitionerRegisteredEvent;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.RecordPractitionerNpiCommand;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.ScheduleTimeOffCommand;
import com.needlework.api.clinic.TimeOffScheduledEvent;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.time.Duration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A practitioner: weekly working hours, time off, dry-needling credentials. */
@Aggregate
class Practitioner {

  private static final Duration MAX_TIME_OFF = Duration.ofDays(366);

  @AggregateIdentifier private PractitionerId practitionerId;

  protected Practitioner() {}

  @CommandHandler
  Practitioner(RegisterPractitionerCommand command) {
    String name = Texts.required(command.name(), "practitioner name", 200);
    WeeklyHours hours = command.hours() == null ? new WeeklyHours(null) : command.hours();
    apply(new PractitionerRegisteredEvent(command.practitionerId(), name, hours));
  }

  @CommandHandler
  void handle(RecordCredentialCommand command) {
    if (command.credential() == null) {
      throw Refusal.invalid("A credential needs a state and a valid-until date");
    }
    apply(new CredentialRecordedEvent(practitionerId, command.credential()));
  }

  @CommandHandler
  void handle(ScheduleTimeOffCommand command) {
    if (command.period() == null) {
      throw Refusal.invalid("Time off needs a start and an end");
    }
    if (command.period().length().compareTo(MAX_TIME_OFF) > 0) {
      throw Refusal.invalid("One period of time off lasts at most 366 days");
    }
    apply(
        new TimeOffScheduledEvent(
            practitionerId,
            command.timeOffId(),
            command.period(),
            Texts.optionalMultiline(command.reason(), "reason", 200)));
  }

  @CommandHandler
  void handle(RecordPractitionerNpiCommand command) {
    if (command.npi() == null) {
      throw Refusal.invalidField("npi", "Give the practitioner's NPI");
    }
    apply(new PractitionerNpiRecordedEvent(practitionerId, command.npi()));
  }

  @EventSourcingHandler
  void on(PractitionerRegisteredEvent event) {
    practitionerId = event.practitionerId();
  }
}
