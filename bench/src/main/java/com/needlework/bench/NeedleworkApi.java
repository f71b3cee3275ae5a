package com.needlework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The few endpoints of the app the benchmark uses, over one shared HTTP client. */
final class NeedleworkApi {

  /** The most days one availability request may cover. */
  private static final int MAX_DAYS_PER_REQUEST = 62;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** One answer: its status and its JSON body, or null when the body is not JSON. */
  record Answer(int status, JsonNode body) {

    /** A top-level text field of the body, or empty. */
    String text(String field) {
      return body == null ? "" : body.path(field).asText("");
    }

    /** The status with the problem+json detail, for error reports. */
    String describe() {
      String detail = text("detail");
      return "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ObjectMapper json = new ObjectMapper();
  private final URI baseUrl;
  private final String staffUser;
  private final String staffAuthorization;

  NeedleworkApi(URI baseUrl, String staffUser, String staffPassword) {
    this.baseUrl = baseUrl;
    this.staffUser = staffUser;
    this.staffAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((staffUser + ":" + staffPassword).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalStateException when nothing answers at the base URL, or not as Needlework
   */
  void requireReachable() throws InterruptedException {
    Answer health;
    try {
      health = send(HttpRequest.newBuilder(resolve("/actuator/health")).GET());
    } catch (ConnectException refused) {
      throw new IllegalStateException(
          "Cannot reach the app at " + baseUrl + " (connection refused); start it first");
    } catch (IOException failed) {
      throw new IllegalStateException(
          "Cannot reach the app at " + baseUrl + ": " + failed.getMessage());
    }
    if (health.status() != 200 || !"UP".equals(health.text("status"))) {
      throw new IllegalStateException(
          "The app at " + baseUrl + " is not healthy: " + health.describe());
    }
  }

  /**
   * Cancels a visit that does not exist: a 404 proves the staff login may cancel.
   *
   * @throws IllegalStateException when the login is refused
   */
  void requireStaffMayCancel() throws IOException, InterruptedException {
    Answer answer = cancel(UUID.randomUUID().toString());
    if (answer.status() != 404) {
      throw new IllegalStateException(
          "The staff login '"
              + staffUser
              + "' cannot cancel visits, so the benchmark could not free its bookings ("
              + answer.describe()
              + "); pass --staff=user:password");
    }
  }

  /** Every open discovery-call slot from {@code from} to {@code to}, both included. */
  List<SlotPicker.Slot> openDiscoveryCallSlots(LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    List<SlotPicker.Slot> slots = new ArrayList<>();
    for (LocalDate first = from; !first.isAfter(to); first = first.plusDays(MAX_DAYS_PER_REQUEST)) {
      LocalDate last = first.plusDays(MAX_DAYS_PER_REQUEST - 1);
      Answer answer =
          send(
              HttpRequest.newBuilder(
                      resolve(
                          "/api/availability?visitType=DISCOVERY_CALL&from="
                              + first
                              + "&to="
                              + (last.isAfter(to) ? to : last)))
                  .GET());
      if (answer.status() != 200) {
        throw new IllegalStateException("Availability refused: " + answer.describe());
      }
      for (JsonNode slot : answer.body()) {
        slots.add(
            new SlotPicker.Slot(
                OffsetDateTime.parse(slot.path("start").asText()),
                OffsetDateTime.parse(slot.path("end").asText()),
                slot.path("practitionerId").asText()));
      }
    }
    return slots;
  }

  Answer bookDiscoveryCall(SlotPicker.Slot slot, int caller)
      throws IOException, InterruptedException {
    return post(
        "/api/discovery-calls",
        Map.of(
            "name",
            "Benchmark Caller " + caller,
            "phone",
            String.format("+1 555 %07d", caller),
            "email",
            "bench" + caller + "@example.com",
            "start",
            slot.start().toString(),
            "practitionerId",
            slot.practitionerId(),
            "reason",
            "Needlework booking benchmark"),
        false);
  }

  /** A GET as the staff login (HTTP Basic). */
  Answer getAsStaff(String pathAndQuery) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(resolve(pathAndQuery))
            .header("Authorization", staffAuthorization)
            .GET());
  }

  /** A POST without a body as the staff login (HTTP Basic). */
  Answer postAsStaff(String path) throws IOException, InterruptedException {
    return post(path, Map.of(), true);
  }

  /** Records a payment as the staff login, with an {@code Idempotency-Key}. */
  Answer recordPayment(
      String patientId, String amount, String method, String reference, String idempotencyKey)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(resolve("/api/patients/" + patientId + "/payments"))
            .header("Content-Type", "application/json")
            .header("Authorization", staffAuthorization)
            .header("Idempotency-Key", idempotencyKey)
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    json.writeValueAsBytes(
                        Map.of("amount", amount, "method", method, "reference", reference)))));
  }

  Answer cancel(String visitId) throws IOException, InterruptedException {
    return post("/api/visits/" + visitId + "/cancel", Map.of("reason", "benchmark clean-up"), true);
  }

  private Answer post(String path, Map<String, String> body, boolean asStaff)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    if (asStaff) {
      request.header("Authorization", staffAuthorization);
    }
    return send(request);
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            request.header("Accept", "application/json").timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), parse(response.body()).orElse(null));
  }

  private Optional<JsonNode> parse(byte[] body) {
    try {
      return Optional.ofNullable(json.readTree(body));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  private URI resolve(String pathAndQuery) {
    return URI.create(baseUrl + pathAndQuery);
  }
}
