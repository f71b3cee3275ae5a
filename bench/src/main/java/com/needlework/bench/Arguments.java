package com.needlework.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the benchmark tools' {@code --key=value} arguments over their defaults. */
final class Arguments {

  private Arguments() {}

  /**
   * The defaults with every argument applied, in the defaults' order.
   *
   * @throws IllegalArgumentException naming the argument at fault
   */
  static Map<String, String> parse(Map<String, String> defaults, String... args) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Arguments look like --key=value, not '" + arg + "'");
      }
      String key = arg.substring(2, equals);
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("Unknown argument --" + key);
      }
      values.put(key, arg.substring(equals + 1));
    }
    return values;
  }

  /**
   * @throws IllegalArgumentException when the value is not a whole number of at least {@code
   *     minimum}
   */
  static int number(Map<String, String> values, String key, int minimum) {
    String raw = values.get(key);
    if (!raw.matches("\\d{1,9}") || Integer.parseInt(raw) < minimum) {
      throw new IllegalArgumentException(
          "--" + key + " must be a whole number of at least " + minimum + ", not '" + raw + "'");
    }
    return Integer.parseInt(raw);
  }

  /** One line per key: {@code --key=default}. */
  static String describe(Map<String, String> defaults) {
    StringBuilder text = new StringBuilder();
    defaults.forEach((key, value) -> text.append(String.format("  --%s=%s%n", key, value)));
    return text.toString();
  }
}
