package com.needlework.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's settings, from {@code --key=value} arguments.
 *
 * @param baseUrl where the app answers HTTP
 * @param jdbcUrl the app's database, for the raw-insert comparison
 * @param dbUser the database user
 * @param dbPassword the database password (empty for none)
 * @param calls bookings per client-count run
 * @param rawInserts rows per connection-count run
 * @param staffUser the staff login that cancels the benchmark's bookings afterwards
 * @param staffPassword that login's password
 * @param warmup bookings, and rows, done before measuring
 */
record Options(
    URI baseUrl,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    int calls,
    int rawInserts,
    String staffUser,
    String staffPassword,
    int warmup) {

  private static final Map<String, String> DEFAULTS = defaults();

  static final String USAGE =
      "Usage: java -jar bench/target/needlework-bench.jar booking [--key=value ...]\n"
          + "Keys and defaults:\n"
          + Arguments.describe(DEFAULTS);

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("base-url", "http://localhost:8080");
    defaults.put("jdbc-url", "jdbc:postgresql://localhost:15432/postgres");
    defaults.put("db-user", "postgres");
    defaults.put("db-password", "");
    defaults.put("calls", "1000");
    defaults.put("raw-inserts", "2000");
    defaults.put("staff", "frontdesk:demo");
    defaults.put("warmup", "100");
    return defaults;
  }

  /**
   * @throws IllegalArgumentException naming the argument at fault
   */
  static Options parse(String... args) {
    Map<String, String> values = Arguments.parse(DEFAULTS, args);
    String staff = values.get("staff");
    int colon = staff.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("--staff is user:password, not '" + staff + "'");
    }
    String baseUrl = values.get("base-url").replaceAll("/+$", "");
    return new Options(
        URI.create(baseUrl),
        values.get("jdbc-url"),
        values.get("db-user"),
        values.get("db-password"),
        Arguments.number(values, "calls", 1),
        Arguments.number(values, "raw-inserts", 1),
        staff.substring(0, colon),
        staff.substring(colon + 1),
        Arguments.number(values, "warmup", 0));
  }
}
