package com.needlework.ops.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers the requests Tomcat refuses before the application sees them (an encoded slash or
 * backslash, a character a URL may not hold, broken percent-encoding) as problem+json, in place of
 * Tomcat's HTML error report. Everything the application itself answers goes through {@link
 * ErrorAnswers} or {@link ProblemDetailsAdvice}.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrors {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportsFromTomcat() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              Host host = (Host) context.getParent();
              for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                  host.getPipeline().removeValve(valve);
                }
              }
              if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
              }
              host.getPipeline().addValve(new ProblemReportValve());
            });
  }

  /** Writes the error Tomcat found as problem+json; never the server's name or a stack trace. */
  public static final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean writable = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
      if (!writable.get()) {
        return;
      }
      HttpStatus known = HttpStatus.resolve(status);
      String title =
          status == 400 ? "Invalid request" : known == null ? "Error" : known.getReasonPhrase();
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        PrintWriter writer = response.getReporter();
        if (writer != null) {
          writer.write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail(status)
                  + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException unwritable) {
        // The client is gone or the response already started: there is no one left to answer.
      }
    }

    private static String detail(int status) {
      if (status == 400) {
        return "The request could not be read: its URL or headers are malformed (for example an"
            + " encoded slash or backslash, or a character a URL may not hold), so nothing was done";
      }
      if (status < 500) {
        return "The request was refused before it reached the application, so nothing was done";
      }
      return "Something went wrong on our side. Nothing you sent is at fault";
    }
  }
}
