package com.needlework.ops.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

/** Talks to the running application over HTTP, as a client would. */
public class TestApi {

  public static final ZoneId CLINIC_ZONE = ZoneId.of("America/Los_Angeles");
  public static final String FRONT_DESK = "frontdesk";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer; {@code location} is its Location header, or null. */
  public record Response(int status, String contentType, String text, String location) {

    public JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException notJson) {
        throw new AssertionError("Not JSON: " + text, notJson);
      }
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public TestApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), null);
  }

  public Response get(String path, String user) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user);
  }

  /** A GET signed in as {@code user} with a password of the test's own (not the demo's). */
  public Response get(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user, password);
  }

  public Response post(String path, String body) {
    return post(path, body, null);
  }

  public Response post(String path, String body, String contentType, String user) {
    return sendBody("POST", path, body, contentType, user);
  }

  public Response put(String path, String body, String user) {
    return sendBody("PUT", path, body, "application/json", user);
  }

  public Response post(String path, String body, String user) {
    return sendBody("POST", path, body, "application/json", user);
  }

  /** A clinician's new screening of the patient. */
  public Response screen(Object patient, JsonNode screening) {
    return put("/api/patients/" + patient + "/screening", screening.toString(), "clinician");
  }

  private Response sendBody(
      String method, String path, String body, String contentType, String user) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)),
        user);
  }

  /** A POST carrying an {@code Idempotency-Key}, as a client that may retry sends it. */
  public Response postOnce(String path, String body, String user, String idempotencyKey) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        user);
  }

  private Response send(HttpRequest.Builder request, String user) {
    return send(request, user, "demo");
  }

  private Response send(HttpRequest.Builder request, String user, String password) {
    if (user != null) {
      String credentials = user + ":" + password;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new AssertionError("The application did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  /** The first weekday on or after {@code daysAhead} days from today, in the clinic's zone. */
  public static LocalDate weekdayAhead(int daysAhead) {
    LocalDate date = LocalDate.now(CLINIC_ZONE).plusDays(daysAhead);
    while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      date = date.plusDays(1);
    }
    return date;
  }

  /** Open discovery-call slots on one clinic-local date, as the public sees them. */
  public List<JsonNode> discoveryCallSlots(LocalDate date) {
    Response response =
        get("/api/availability?visitType=DISCOVERY_CALL&from=" + date + "&to=" + date);
    if (response.status() != 200) {
      throw new AssertionError(
          "Availability answered " + response.status() + ": " + response.text());
    }
    return StreamSupport.stream(response.json().spliterator(), false).toList();
  }

  /** A JSON object of the given names and values; ids and times are written as text. */
  public static String body(Object... namesAndValues) {
    ObjectNode body = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      String name = namesAndValues[i].toString();
      if (value instanceof Number number) {
        body.put(name, number.longValue());
      } else if (value instanceof Boolean flag) {
        body.put(name, flag);
      } else if (value instanceof JsonNode node) {
        body.set(name, node);
      } else if (value instanceof Iterable<?> values) {
        var array = body.putArray(name);
        values.forEach(v -> array.add(v.toString()));
      } else {
        body.put(name, value == null ? null : value.toString());
      }
    }
    return body.toString();
  }

  /** The same as {@link #body}, as a node to nest in another body. */
  public static JsonNode object(Object... namesAndValues) {
    try {
      return JSON.readTree(body(namesAndValues));
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** A JSON array of objects. */
  public static JsonNode objects(JsonNode... elements) {
    var array = JSON.createArrayNode();
    for (JsonNode element : elements) {
      array.add(element);
    }
    return array;
  }

  /** An instant written with the clinic's offset, as clients send it. */
  public static String local(Instant instant) {
    return instant.atZone(CLINIC_ZONE).toOffsetDateTime().toString();
  }

  /** Books an evaluation or a needling session ({@code path}) as the front desk does. */
  public Response bookTreatment(
      String path, Object patient, Object practitioner, Object room, Instant start) {
    return post(path, Bodies.booking(patient, practitioner, room, start), FRONT_DESK);
  }

  /** Checks a visit in at the front desk. */
  public Response checkIn(String visit) {
    return post("/api/visits/" + visit + "/check-in", "", FRONT_DESK);
  }

  /** Cancels a visit at the front desk for {@code reason}. */
  public Response cancel(Object visit, String reason) {
    return post("/api/visits/" + visit + "/cancel", body("reason", reason), FRONT_DESK);
  }

  /** Needling slots with one practitioner on one day, as offered to one patient. */
  public Response needlingAvailability(Object patient, Object practitioner, LocalDate day) {
    return get(
        "/api/availability?visitType=NEEDLING_SESSION&from="
            + day
            + "&to="
            + day
            + "&practitionerId="
            + practitioner
            + "&patientId="
            + patient,
        FRONT_DESK);
  }

  /** Adds a coverage to a patient as billing does, which must be taken: its id. */
  public String coverageAdded(Object patient, String terms) {
    return created(post("/api/patients/" + patient + "/coverages", terms, "billing"))
        .json()
        .get("coverageId")
        .asText();
  }

  /** The response, once asserted to be 201 Created. */
  public static Response created(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response;
  }

  /** The response, once asserted to be 200 OK. */
  public static Response ok(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response;
  }

  public static String discoveryCall(String name, JsonNode slot) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("phone", "+1 415 555 0100");
    body.put("email", name.toLowerCase().replaceAll("[^a-z]", "") + "@example.com");
    body.put("start", slot.get("start").asText());
    body.put("practitionerId", slot.get("practitionerId").asText());
    body.put("reason", "Low back pain since the summer");
    return body.toString();
  }

  /** The visits of one practitioner on the schedule of a date, as the front desk sees them. */
  public List<JsonNode> scheduledVisits(LocalDate date, String practitionerId) {
    Response response =
        get("/api/schedule?date=" + date + "&practitionerId=" + practitionerId, FRONT_DESK);
    if (response.status() != 200) {
      throw new AssertionError("Schedule answered " + response.status() + ": " + response.text());
    }
    return StreamSupport.stream(
            response.json().get("practitioners").get(0).get("visits").spliterator(), false)
        .toList();
  }
}
