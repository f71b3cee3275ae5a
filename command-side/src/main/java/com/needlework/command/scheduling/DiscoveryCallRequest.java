package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.scheduling.BookingChannel;
import java.time.Instant;
import java.util.Objects;

/** A caller's request for a discovery call; without a practitioner, any free one is taken. */
public record DiscoveryCallRequest(
    ContactDetails contact,
    Instant start,
    PractitionerId practitionerId,
    String reason,
    BookingChannel channel) {

  public DiscoveryCallRequest {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(channel, "channel");
  }
}
