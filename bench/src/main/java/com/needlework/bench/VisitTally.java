package com.needlework.bench;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.VisitStatus;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How many visits of each type the generator booked, and what became of them. */
final class VisitTally {

  private static final class Row {
    final Map<VisitStatus, Integer> byStatus = new EnumMap<>(VisitStatus.class);
    int late;
    int rescheduled;
    int total;

    void add(GeneratedVisit visit) {
      byStatus.merge(visit.status, 1, Integer::sum);
      late += visit.lateCancellation ? 1 : 0;
      rescheduled += visit.rescheduled ? 1 : 0;
      total++;
    }

    int count(VisitStatus status) {
      return byStatus.getOrDefault(status, 0);
    }
  }

  private final Map<VisitType, Row> rows = new EnumMap<>(VisitType.class);
  private final Row all = new Row();

  static VisitTally of(List<GeneratedVisit> visits) {
    VisitTally tally = new VisitTally();
    for (GeneratedVisit visit : visits) {
      tally.rows.computeIfAbsent(visit.type, t -> new Row()).add(visit);
      tally.all.add(visit);
    }
    return tally;
  }

  int total() {
    return all.total;
  }

  void print(PrintStream out) {
    out.printf(
        "  %-17s %9s %9s %10s %8s %8s %8s %12s%n",
        "visit type",
        "fulfilled",
        "cancelled",
        "of it late",
        "no-show",
        "booked*",
        "total",
        "rescheduled");
    rows.forEach((type, row) -> line(out, type.name(), row));
    line(out, "all", all);
    out.println("  * still booked at the simulated end: visits in the weeks after it");
  }

  private static void line(PrintStream out, String label, Row row) {
    out.printf(
        Locale.ROOT,
        "  %-17s %9d %9d %10d %8d %8d %8d %12d%n",
        label,
        row.count(VisitStatus.FULFILLED),
        row.count(VisitStatus.CANCELLED),
        row.late,
        row.count(VisitStatus.NOSHOW),
        row.count(VisitStatus.BOOKED) + row.count(VisitStatus.ARRIVED),
        row.total,
        row.rescheduled);
  }
}
