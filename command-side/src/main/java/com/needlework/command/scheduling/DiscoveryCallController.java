package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.command.web.Created;
import com.needlework.command.web.StaffChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Anyone may book a free discovery call; staff booking for a caller skip notice and horizon. */
@RestController
class DiscoveryCallController {

  private final DiscoveryCallBooking booking;

  DiscoveryCallController(DiscoveryCallBooking booking) {
    this.booking = booking;
  }

  record BookDiscoveryCallBody(
      String name,
      String phone,
      String email,
      @NotNull OffsetDateTime start,
      PractitionerId practitionerId,
      String reason) {}

  record DiscoveryCallBooked(String visitId, String prospectId, String practitionerId) {}

  @PostMapping("/api/discovery-calls")
  ResponseEntity<DiscoveryCallBooked> book(@Valid @RequestBody BookDiscoveryCallBody body) {
    ContactDetails contact = new ContactDetails(body.name(), body.phone(), body.email());
    BookedDiscoveryCall booked =
        booking.book(
            new DiscoveryCallRequest(
                contact,
                body.start().toInstant(),
                body.practitionerId(),
                body.reason(),
                StaffChannel.current()));
    return Created.at(
        "/api/visits/" + booked.visitId(),
        new DiscoveryCallBooked(
            booked.visitId().toString(),
            booked.prospectId().toString(),
            booked.practitionerId().toString()));
  }
}
