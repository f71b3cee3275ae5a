package com.needlework.command.insurance.eligibility;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The X12 test inputs under {@code src/test/resources/x12/}. */
final class X12Files {

  private X12Files() {}

  static String read(String name) {
    try (InputStream in = X12Files.class.getResourceAsStream("/x12/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test input x12/" + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
