package com.needlework.ops.support;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/** A test through the API with a credentialed practitioner and a treatment room of its own. */
public abstract class ClinicApiTest extends ApiTest {

  protected static final String EVALUATIONS = "/api/evaluations";
  protected static final String NEEDLING_SESSIONS = "/api/needling-sessions";

  protected PractitionerId practitioner;
  protected RoomId room;
  private final String practitionerName;
  private final String roomName;

  protected ClinicApiTest(String practitionerName, String roomName) {
    this.practitionerName = practitionerName;
    this.roomName = roomName;
  }

  @BeforeEach
  void setUpTheClinic() {
    practitioner = scenarios.credentialedPractitioner(practitionerName);
    room = scenarios.room(roomName);
  }

  /**
   * Books an evaluation or a needling session ({@code path}) at {@code start}, then moves the clock
   * to {@code start} and {@code offset} on (before it when negative): its id.
   */
  protected String bookedWithClockAt(
      String path, PatientId patient, Instant start, Duration offset) {
    String visit = booked(path, patient, start);
    clock.setNow(start.plus(offset));
    return visit;
  }

  /** Books an evaluation or a needling session ({@code path}) that must be taken: its id. */
  protected String booked(String path, PatientId patient, Instant start) {
    return TestApi.created(api.bookTreatment(path, patient, practitioner, room, start))
        .json()
        .get("visitId")
        .asText();
  }
}
