package com.needlework.api.billing;

import com.needlework.api.insurance.TimedCodeRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How timed minutes become billed units (15 minutes a unit).
 *
 * <ul>
 *   <li>{@link TimedCodeRule#CMS_8_MINUTE}: the day's timed minutes are added up; 8-22 minutes are
 *       1 unit, 23-37 are 2, 38-52 are 3 and so on, under 8 none. Each code first gets a unit per
 *       whole 15 minutes of its own; the units left go one by one to the codes with the most
 *       minutes left over, a tie to the first code in code order.
 *   <li>{@link TimedCodeRule#PER_CODE}: each code on its own minutes by the same table.
 * </ul>
 */
public final class TimedUnits {

  private static final int UNIT = 15;
  private static final int HALF = 8;

  private TimedUnits() {}

  /** Units for minutes by the 8-minute table: 8-22 is 1, 23-37 is 2, …; under 8 none. */
  public static int table(int minutes) {
    return minutes < HALF ? 0 : (minutes + HALF - 1) / UNIT;
  }

  /** Units per code (in code order; codes without minutes are left out). */
  public static Map<BillingCode, Integer> units(
      TimedCodeRule rule, Map<BillingCode, Integer> minutes) {
    TreeMap<BillingCode, Integer> byCode = new TreeMap<>();
    minutes.forEach(
        (code, m) -> {
          if (m > 0) {
            byCode.merge(code, m, Integer::sum);
          }
        });
    return rule == TimedCodeRule.PER_CODE ? perCode(byCode) : cms(byCode);
  }

  private static Map<BillingCode, Integer> perCode(TreeMap<BillingCode, Integer> minutes) {
    TreeMap<BillingCode, Integer> units = new TreeMap<>();
    minutes.forEach((code, m) -> units.put(code, table(m)));
    return units;
  }

  private static Map<BillingCode, Integer> cms(TreeMap<BillingCode, Integer> minutes) {
    int total = minutes.values().stream().mapToInt(Integer::intValue).sum();
    int left = table(total);
    TreeMap<BillingCode, Integer> units = new TreeMap<>();
    List<Map.Entry<BillingCode, Integer>> remainders = new ArrayList<>();
    for (Map.Entry<BillingCode, Integer> code : minutes.entrySet()) {
      int whole = code.getValue() / UNIT;
      units.put(code.getKey(), whole);
      left -= whole;
      remainders.add(Map.entry(code.getKey(), code.getValue() % UNIT));
    }
    remainders.sort(
        Comparator.comparing((Map.Entry<BillingCode, Integer> r) -> r.getValue())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    for (int i = 0; left > 0 && !remainders.isEmpty(); i = (i + 1) % remainders.size()) {
      units.merge(remainders.get(i).getKey(), 1, Integer::sum);
      left--;
    }
    return units;
  }
}
