package com.needlework.ops.workspace.clinic;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.common.Refusal;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.EvaluationFindings;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.command.web.PlanOfCareBody;
import com.needlework.command.web.ScreeningBody;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The completion form as typed, its inputs named like the API's fields: shown again as it was, and
 * turned into the outcome the API takes (the same bodies, so the same sentences when refused).
 */
public record CompletionForm(MultiValueMap<String, String> values) {

  static CompletionForm empty() {
    return new CompletionForm(new LinkedMultiValueMap<>());
  }

  /** The value typed into {@code name}; blank when none. */
  public String value(String name) {
    String value = values.getFirst(name);
    return value == null ? "" : value;
  }

  public boolean is(String name, String option) {
    return option.equals(value(name));
  }

  /** The diagnosis codes chosen, primary first, each once as typed. */
  public List<String> diagnoses() {
    List<String> chosen = values.get("diagnoses");
    return chosen == null
        ? List.of()
        : chosen.stream()
            .map(String::strip)
            .filter(code -> !code.isEmpty())
            .map(code -> code.toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
  }

  public boolean chose(String code) {
    return diagnoses().contains(code);
  }

  EvaluationFindings evaluation() {
    EvaluationComplexity complexity =
        in("complexity", () -> option("complexity", EvaluationComplexity.class));
    var screening =
        in(
            "screening",
            () ->
                new ScreeningBody(
                        answer("pregnancy"),
                        answer("bleedingDisorderOrAnticoagulants"),
                        answer("compromisedImmunity"),
                        answer("skinInfectionAtSite"),
                        answer("metalAllergy"),
                        answer("uncontrolledDiabetes"),
                        value("notes"))
                    .toScreening());
    var plan =
        in(
            "planOfCare",
            () ->
                new PlanOfCareBody(
                        number("sessionsAllowed", null),
                        number("sessionsPerWeek", null),
                        date("certifiedUntil"))
                    .toPlanOfCare());
    Diagnoses diagnoses =
        in(
            "diagnoses",
            () -> new Diagnoses(diagnoses().stream().map(DiagnosisCode::parse).toList()));
    return in("complexity", () -> new EvaluationFindings(complexity, screening, plan, diagnoses));
  }

  NeedlingTreatment needling() {
    return in(
        "needling",
        () ->
            new NeedlingTreatment(
                option("muscles", MusclesNeedled.class),
                option("electricalStimulation", ElectricalStimulation.class),
                number("attendedStimulationMinutes", 0),
                number("exerciseMinutes", 0),
                number("manualTherapyMinutes", 0)));
  }

  private Boolean answer(String name) {
    return switch (value(name)) {
      case "true" -> true;
      case "false" -> false;
      default -> null;
    };
  }

  private <E extends Enum<E>> E option(String name, Class<E> type) {
    String value = value(name);
    if (value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      throw Refusal.invalidField(name, "'" + value + "' is not a choice for " + name);
    }
  }

  private Integer number(String name, Integer blank) {
    String value = value(name).strip();
    if (value.isEmpty()) {
      return blank;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException notANumber) {
      throw Refusal.invalidField(name, "The " + name + " must be a whole number");
    }
  }

  private LocalDate date(String name) {
    String value = value(name).strip();
    try {
      return value.isEmpty() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      throw Refusal.invalidField(name, "The " + name + " must be a date such as 2026-12-31");
    }
  }

  /** Builds one part of the outcome; a refusal that names no field is shown at that part. */
  private static <T> T in(String part, Supplier<T> build) {
    try {
      return build.get();
    } catch (RuntimeException refused) {
      throw new RefusedPart(part, refused);
    }
  }

  /** A refusal while building {@link #part} of the outcome. */
  static final class RefusedPart extends RuntimeException {

    private final String part;

    RefusedPart(String part, RuntimeException refusal) {
      super(refusal.getMessage(), refusal);
      this.part = part;
    }

    String part() {
      return part;
    }
  }
}
