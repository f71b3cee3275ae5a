package com.needlework.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The billing benchmark's settings, from {@code --key=value} arguments.
 *
 * @param dataDir a fresh folder for the embedded PostgreSQL: absent or empty
 * @param visits how many needling sessions to complete, one patient each
 * @param seed the seed of every random choice, so runs are comparable
 */
record BillingOptions(Path dataDir, int visits, long seed) {

  private static final String DATA_DIR = "data-dir";
  private static final Map<String, String> DEFAULTS = defaults();

  static final String USAGE =
      "Usage: java -jar bench/target/needlework-bench.jar billing --data-dir=DIR"
          + " [--key=value ...]\n"
          + "  --data-dir=DIR, required: a folder that does not exist yet or is empty\n"
          + "Other keys and defaults:\n"
          + Arguments.describe(DEFAULTS);

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("visits", "200");
    defaults.put("seed", "1");
    return defaults;
  }

  /**
   * @throws IllegalArgumentException naming the argument at fault
   */
  static BillingOptions parse(String... args) {
    Map<String, String> withDataDir = new LinkedHashMap<>(DEFAULTS);
    withDataDir.put(DATA_DIR, "");
    Map<String, String> values = Arguments.parse(withDataDir, args);
    if (values.get(DATA_DIR).isBlank()) {
      throw new IllegalArgumentException("--data-dir is required");
    }
    return new BillingOptions(
        Path.of(values.get(DATA_DIR)).toAbsolutePath().normalize(),
        Arguments.number(values, "visits", 1),
        Arguments.number(values, "seed", 0));
  }
}
