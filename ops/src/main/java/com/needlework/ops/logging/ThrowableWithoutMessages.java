package com.needlework.ops.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Prints a logged exception's types and stack frames, cause by cause, but never its messages: a
 * failed INSERT quotes its values, PostgreSQL quotes a bad parameter, a refusal can quote what was
 * sent, and any of them can be patient data. Wired in {@code logback-spring.xml} as the pattern's
 * exception conversion word.
 */
public class ThrowableWithoutMessages extends ThrowableHandlingConverter {

  private static final String LINE = CoreConstants.LINE_SEPARATOR;

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown == null) {
      return "";
    }
    StringBuilder trace = new StringBuilder(LINE);
    append(trace, thrown, "", 0);
    return trace.append(LINE).toString();
  }

  private static void append(StringBuilder trace, IThrowableProxy thrown, String label, int depth) {
    String indent = "\t".repeat(depth);
    trace.append(indent).append(label).append(thrown.getClassName());
    if (thrown.isCyclic()) {
      trace.append(" (circular reference)").append(LINE);
      return;
    }
    if (thrown.getMessage() != null) {
      trace.append(": (message not logged)");
    }
    trace.append(LINE);
    StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
    int own = frames.length - thrown.getCommonFrames();
    for (int i = 0; i < own; i++) {
      trace.append(indent).append('\t').append(frames[i].getSTEAsString()).append(LINE);
    }
    if (thrown.getCommonFrames() > 0) {
      trace
          .append(indent)
          .append("\t... ")
          .append(thrown.getCommonFrames())
          .append(" common frames omitted")
          .append(LINE);
    }
    for (IThrowableProxy suppressed : thrown.getSuppressed()) {
      append(trace, suppressed, "Suppressed: ", depth + 1);
    }
    if (thrown.getCause() != null) {
      append(trace, thrown.getCause(), "Caused by: ", depth);
    }
  }
}
