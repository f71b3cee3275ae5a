package com.needlework.ops.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.needlework.api.common.Causes;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure to problem+json: refusals with their own sentence and status, unreadable input
 * with the field at fault, anything unexpected to a 500 that shows no internals. Logs never carry
 * exception messages, which can quote patient data (a failed INSERT quotes its values).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private static final String DUPLICATE_FIELD = "Duplicate field '";

  /** How Spring says a required {@code @RequestBody} did not come. */
  private static final String MISSING_BODY = "Required request body is missing";

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleAny(Exception failure, HttpServletRequest request)
      throws Exception {
    if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
      throw failure;
    }
    Optional<Refusal> refusal = Causes.find(failure, Refusal.class);
    if (refusal.isPresent()) {
      return refused(refusal.get(), request.getRequestURI());
    }
    String errorId = UUID.randomUUID().toString();
    log.error(
        "Unexpected {} while handling {} {} (error id {}) at {}",
        typeChain(failure),
        request.getMethod(),
        request.getRequestURI(),
        errorId,
        origin(failure));
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Nothing you sent is at fault; the error id is "
                + errorId);
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("errorId", errorId);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
  }

  static ResponseEntity<ProblemDetail> refused(Refusal refusal, String path) {
    HttpStatus status = HttpStatus.valueOf(refusal.kind().httpStatus());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
    problem.setTitle(refusal.kind().title());
    problem.setInstance(URI.create(path));
    refusal.properties().forEach(problem::setProperty);
    return ResponseEntity.status(status).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException failure,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Optional<Refusal> refusal = Causes.find(failure, Refusal.class);
    String field =
        Causes.find(failure, JsonMappingException.class)
            .map(this::fieldOf)
            .or(() -> duplicateField(failure))
            .map(Texts::quote)
            .orElse(null);
    String detail;
    if (refusal.isPresent()) {
      detail = (field == null ? "" : "Field '" + field + "': ") + refusal.get().getMessage();
    } else {
      detail = unreadableBody(failure, field);
    }
    return badRequest(detail, field, request);
  }

  private String unreadableBody(HttpMessageNotReadableException failure, String field) {
    if (String.valueOf(failure.getMessage()).startsWith(MISSING_BODY)) {
      return "A JSON request body is required";
    }
    if (duplicateField(failure).isPresent()) {
      return "Field '" + field + "' appears more than once; give each field once";
    }
    if (Causes.find(failure, JsonParseException.class).isPresent()) {
      return "The request body is not valid JSON";
    }
    if (Causes.find(failure, StreamConstraintsException.class).isPresent()) {
      return "The request body goes past what JSON may hold here: a name, number or text that"
          + " long, or nesting that deep";
    }
    Optional<UnrecognizedPropertyException> unknown =
        Causes.find(failure, UnrecognizedPropertyException.class);
    if (unknown.isPresent()) {
      return "Unknown field '"
          + Texts.quote(unknown.get().getPropertyName())
          + "'; the fields are "
          + unknown.get().getKnownPropertyIds();
    }
    Optional<InvalidFormatException> format = Causes.find(failure, InvalidFormatException.class);
    if (format.isPresent()) {
      return "Field '"
          + field
          + "' has the value '"
          + Texts.quote(format.get().getValue())
          + "', but it must be "
          + Expected.describe(format.get().getTargetType());
    }
    if (Causes.find(failure, InvalidNullException.class).isPresent() && field != null) {
      return "Field '" + field + "' must not be null";
    }
    Optional<MismatchedInputException> mismatch =
        Causes.find(failure, MismatchedInputException.class);
    if (mismatch.isPresent() && isTrailingToken(mismatch.get())) {
      return "The request body holds more after its JSON value; send exactly one JSON object";
    }
    if (mismatch.isPresent() && field != null) {
      return "Field '" + field + "' must be " + Expected.describe(mismatch.get().getTargetType());
    }
    if (mismatch.isPresent()) {
      return "The request body must be a JSON object";
    }
    return "The request body could not be read";
  }

  /** Jackson reports a repeated key only in its message, as {@code Duplicate field 'name'}. */
  private static Optional<String> duplicateField(Throwable failure) {
    return Causes.find(failure, JsonParseException.class)
        .map(JsonParseException::getOriginalMessage)
        .filter(message -> message.startsWith(DUPLICATE_FIELD) && message.endsWith("'"))
        .map(message -> message.substring(DUPLICATE_FIELD.length(), message.length() - 1));
  }

  private static boolean isTrailingToken(MismatchedInputException failure) {
    return failure.getOriginalMessage().startsWith("Trailing token");
  }

  private String fieldOf(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  /** A body without a field it needs: the first such field by name, as every request names it. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException failure,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldError missing =
        failure.getFieldErrors().stream()
            .min(Comparator.comparing(FieldError::getField))
            .orElse(null);
    if (missing == null) {
      return badRequest("The request body is not complete", null, request);
    }
    String detail =
        "NotNull".equals(missing.getCode())
            ? "The field '" + missing.getField() + "' is required"
            : "Field '" + missing.getField() + "' " + missing.getDefaultMessage();
    return badRequest(detail, missing.getField(), request);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException failure,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return badRequest(
        "The query parameter '" + failure.getParameterName() + "' is required",
        failure.getParameterName(),
        request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException failure,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Optional<Refusal> refusal = Causes.find(failure, Refusal.class);
    String name =
        failure instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : failure.getPropertyName();
    String detail =
        refusal
            .map(Refusal::getMessage)
            .orElse(
                "The parameter '"
                    + name
                    + "' has the value '"
                    + Texts.quote(failure.getValue())
                    + "', but it must be "
                    + Expected.describe(failure.getRequiredType()));
    return badRequest(detail, name, request);
  }

  private ResponseEntity<Object> badRequest(String detail, String field, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    if (field != null) {
      problem.setProperty("field", field);
    }
    problem.setInstance(URI.create(path(request)));
    return ResponseEntity.badRequest().body(problem);
  }

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet
        ? servlet.getRequest().getRequestURI()
        : "/";
  }

  private static String typeChain(Throwable failure) {
    StringBuilder chain = new StringBuilder(failure.getClass().getName());
    for (Throwable cause = failure.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      chain.append(" <- ").append(cause.getClass().getName());
    }
    return chain.toString();
  }

  private static String origin(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StackTraceElement[] frames = root.getStackTrace();
    return frames.length == 0 ? "unknown" : frames[0].toString();
  }
}
