/**
 * Command-line benchmarks: booking throughput against a running app and its database ({@link
 * com.needlework.bench.BookingBenchmark}), and a year of clinic history written in-process, with
 * availability latency and read-model rebuild speed ({@link
 * com.needlework.bench.HistoryBenchmark}).
 */
package com.needlework.bench;
