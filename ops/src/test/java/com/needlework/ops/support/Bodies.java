package com.needlework.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The request bodies the tests send again and again, with what varies as arguments. */
public final class Bodies {

  private static final List<String> SCREENING_QUESTIONS =
      List.of(
          "pregnancy",
          "bleedingDisorderOrAnticoagulants",
          "compromisedImmunity",
          "skinInfectionAtSite",
          "metalAllergy",
          "uncontrolledDiabetes");

  private Bodies() {}

  /** What a coverage makes the patient pay; the coinsurance as the test writes it. */
  public record CostSharing(
      String copay, Object coinsurancePercent, String deductible, String deductibleMet) {}

  /** An evaluation or a needling session of {@code patient}, and {@code more} names and values. */
  public static String booking(
      Object patient, Object practitioner, Object room, Instant start, Object... more) {
    return TestApi.body(
        with(with(more, "start", TestApi.local(start)), treatment(patient, practitioner, room)));
  }

  /** A needling series from {@code firstStart} on the given weekdays, and {@code more}. */
  public static String series(
      Object patient,
      Object practitioner,
      Object room,
      Object firstStart,
      List<?> weekdays,
      Object... more) {
    return TestApi.body(
        with(
            with(more, "firstStart", firstStart, "weekdays", weekdays),
            treatment(patient, practitioner, room)));
  }

  private static Object[] treatment(Object patient, Object practitioner, Object room) {
    return new Object[] {"patientId", patient, "practitionerId", practitioner, "roomId", room};
  }

  /** A patient's registration. */
  public static String patient(String name, String dateOfBirth, String phone, String email) {
    return TestApi.body("name", name, "dateOfBirth", dateOfBirth, "phone", phone, "email", email);
  }

  /** A screening that answers every question, yes only to {@code yes}; no notes if null. */
  public static JsonNode screening(String notes, String... yes) {
    ObjectNode screening = (ObjectNode) TestApi.object();
    List<String> answeredYes = Arrays.asList(yes);
    SCREENING_QUESTIONS.forEach(
        question -> screening.put(question, answeredYes.contains(question)));
    if (notes != null) {
      screening.put("notes", notes);
    }
    return screening;
  }

  public static JsonNode planOfCare(int sessionsAllowed, int sessionsPerWeek, LocalDate until) {
    return TestApi.object(
        "sessionsAllowed",
        sessionsAllowed,
        "sessionsPerWeek",
        sessionsPerWeek,
        "certifiedUntil",
        until);
  }

  /** Completes an evaluation with a plan of six sessions, two a week, certified until then. */
  public static String evaluationCompletion(
      String complexity, JsonNode screening, LocalDate certifiedUntil) {
    return TestApi.body(
        "evaluation",
        TestApi.object(
            "complexity",
            complexity,
            "screening",
            screening,
            "planOfCare",
            planOfCare(6, 2, certifiedUntil)));
  }

  /**
   * Completes a needling session: one or two muscles, no e-stim, 15 minutes of exercise, 10 of
   * manual therapy.
   */
  public static String needlingCompletion() {
    return needlingCompletion("ONE_OR_TWO", 15, 10);
  }

  /** Completes a needling session of {@code muscles} (such as "THREE_OR_MORE"), no e-stim. */
  public static String needlingCompletion(
      String muscles, int exerciseMinutes, int manualTherapyMinutes) {
    return TestApi.body(
        "needling",
        TestApi.object(
            "muscles",
            muscles,
            "electricalStimulation",
            "NONE",
            "attendedStimulationMinutes",
            0,
            "exerciseMinutes",
            exerciseMinutes,
            "manualTherapyMinutes",
            manualTherapyMinutes));
  }

  public static String payer(String name, String electronicPayerId, Object... more) {
    return TestApi.body(with(more, "name", name, "electronicPayerId", electronicPayerId));
  }

  /** A calendar-year coverage, and {@code more} names and values, which win over those given. */
  public static String coverage(
      Object payerId, String memberId, int visitsAllowed, LocalDate effectiveFrom, Object... more) {
    return TestApi.body(
        with(
            more,
            "payerId",
            payerId,
            "memberId",
            memberId,
            "benefitPeriod",
            TestApi.object("type", "CALENDAR_YEAR"),
            "visitsAllowed",
            visitsAllowed,
            "effectiveFrom",
            effectiveFrom));
  }

  /** A calendar-year coverage with its cost sharing and the visits used before it was entered. */
  public static String coverageWithCosts(
      Object payerId,
      String memberId,
      int visitsAllowed,
      LocalDate effectiveFrom,
      CostSharing costs,
      int visitsUsedSoFar,
      Object... more) {
    return coverage(
        payerId,
        memberId,
        visitsAllowed,
        effectiveFrom,
        with(
            more,
            "copay",
            costs.copay(),
            "coinsurancePercent",
            costs.coinsurancePercent(),
            "deductible",
            costs.deductible(),
            "deductibleMet",
            costs.deductibleMet(),
            "visitsUsedSoFar",
            visitsUsedSoFar));
  }

  public static String authorization(
      String number, int visitsAuthorized, LocalDate validFrom, LocalDate validTo, Object... more) {
    return TestApi.body(
        with(
            more,
            "number",
            number,
            "visitsAuthorized",
            visitsAuthorized,
            "validFrom",
            validFrom,
            "validTo",
            validTo));
  }

  public static String timeOff(Object start, Object end, String reason) {
    return TestApi.body("start", start, "end", end, "reason", reason);
  }

  /** A place on the waitlist for a needling session with {@code practitioner}, Mondays 13-17. */
  public static String needlingWaitlist(Object patient, Object practitioner) {
    return TestApi.body(
        "patientId",
        patient,
        "visitType",
        "NEEDLING_SESSION",
        "preferredDays",
        List.of("MONDAY"),
        "preferredFrom",
        "13:00",
        "preferredTo",
        "17:00",
        "practitionerId",
        practitioner);
  }

  private static Object[] with(Object[] more, Object... first) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray();
  }
}
