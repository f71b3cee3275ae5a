package com.needlework.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boot's error page, as problem+json whatever the client accepts: errors raised outside the
 * controllers (a servlet filter, Tomcat's own checks inside the application) are answered like
 * every other error, in place of Boot's JSON or HTML error page.
 */
@RestController
class ErrorAnswers implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

  private final ObjectMapper json;

  ErrorAnswers(ObjectMapper json) {
    this.json = json;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = status(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
    if (status.is5xxServerError()) {
      String errorId = UUID.randomUUID().toString();
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      log.error(
          "Unexpected {} while handling {} {} (error id {})",
          failure == null ? "error" : failure.getClass().getName(),
          request.getMethod(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          errorId);
      problem.setDetail(detail(status) + "; the error id is " + errorId);
      problem.setProperty("errorId", errorId);
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** Without a status the page was asked for directly: there is nothing to show there. */
  private static HttpStatus status(HttpServletRequest request) {
    if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
      return HttpStatus.NOT_FOUND;
    }
    HttpStatus status = HttpStatus.resolve(code);
    return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "The request is malformed, so nothing was done";
      case NOT_FOUND -> "There is nothing at this address";
      case METHOD_NOT_ALLOWED -> "This address does not take that method";
      case PAYLOAD_TOO_LARGE -> "The request is too large, so nothing was done";
      default ->
          status.is4xxClientError()
              ? "The request was refused (" + status.getReasonPhrase() + "), so nothing was done"
              : "Something went wrong on our side. Nothing you sent is at fault";
    };
  }
}
