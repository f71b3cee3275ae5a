package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recurring series books what it can and says, per occurrence, why the rest could not be. */
@NeedleworkIntegrationTest
class NeedlingSeriesIT extends ApiTest {

  @Test
  void aSeriesLongerThanThePlanBooksWhatItAllowsAndNamesEveryRefusal() {
    PractitionerId practitioner = scenarios.credentialedPractitioner("Vera Series, DPT");
    RoomId room = scenarios.demoRoom("Room 3");
    PatientId patient = scenarios.evaluatedPatient("Walt Young", 4);
    ZonedDateTime firstMonday =
        Scenarios.weekdayAt(3, 7, 0)
            .atZone(TestApi.CLINIC_ZONE)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .withHour(7);
    Instant secondThursday = firstMonday.plusDays(10).withHour(7).withMinute(30).toInstant();
    Response blocker =
        api.post(
            "/api/evaluations",
            Bodies.booking(
                scenarios.patient("Xena Block"),
                practitioner,
                scenarios.demoRoom("Room 2"),
                secondThursday.plus(Duration.ofMinutes(60))),
            TestApi.FRONT_DESK);
    assertThat(blocker.status()).as(blocker.text()).isEqualTo(201);

    Response series =
        api.post(
            "/api/needling-series",
            Bodies.series(
                patient,
                practitioner,
                room,
                firstMonday.withHour(9).toOffsetDateTime(),
                List.of("MONDAY", "THURSDAY"),
                "count",
                6),
            TestApi.FRONT_DESK);

    assertThat(series.status()).as(series.text()).isEqualTo(200);
    JsonNode result = series.json();
    List<JsonNode> occurrences = new ArrayList<>();
    result.get("occurrences").forEach(occurrences::add);
    assertThat(occurrences).hasSize(6);
    assertThat(occurrences)
        .extracting(o -> OffsetDateTime.parse(o.get("start").asText()).getDayOfWeek())
        .containsExactly(
            DayOfWeek.MONDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.THURSDAY);
    assertThat(occurrences)
        .extracting(o -> o.get("outcome").asText() + " " + o.get("rule").asText(""))
        .containsExactly(
            "BOOKED ",
            "BOOKED ",
            "BOOKED ",
            "REFUSED CONFLICT",
            "BOOKED ",
            "REFUSED PLAN_OF_CARE_EXHAUSTED");
    assertThat(occurrences.get(3).get("reason").asText()).contains("practitioner");
    assertThat(result.get("booked").asInt()).isEqualTo(4);
    assertThat(result.get("refused").asInt()).isEqualTo(2);
  }
}
