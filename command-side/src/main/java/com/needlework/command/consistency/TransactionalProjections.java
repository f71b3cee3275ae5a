package com.needlework.command.consistency;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's own lookup tables. Each is written by a subscribing processor inside the
 * transaction that appends the events, and its errors propagate: a violated constraint fails the
 * command and leaves neither the event nor the row. (Axon's default handler would only log, and the
 * aborted transaction would then silently lose the booking.)
 */
@Configuration
public class TransactionalProjections {

  public static final String CLINIC_SETUP = "clinic-setup";
  public static final String BOOKING_GUARD = "booking-guard";
  public static final String STAFF_DIRECTORY = "staff-directory";
  public static final String CARE_RECORDS = "care-records";
  public static final String WAITLIST = "waitlist";
  public static final String BENEFITS = "benefits";
  public static final String BILLING = "billing";

  public static final List<String> ALL =
      List.of(
          CLINIC_SETUP, BOOKING_GUARD, STAFF_DIRECTORY, CARE_RECORDS, WAITLIST, BENEFITS, BILLING);

  @Bean
  ConfigurerModule transactionalProjectionProcessors() {
    return configurer -> {
      var eventProcessing = configurer.eventProcessing();
      for (String group : ALL) {
        eventProcessing
            .registerSubscribingEventProcessor(group)
            .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
      }
    };
  }
}
