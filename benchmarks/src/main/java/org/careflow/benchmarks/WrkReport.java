package org.careflow.benchmarks;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one wrk run measured, from the line our Lua {@code done()} prints (see
 * {@code wrk/report.lua}).
 *
 * @param requests responses received
 * @param durationMicros how long wrk ran
 * @param p50Micros median latency
 * @param p99Micros 99th percentile latency
 * @param maxMicros slowest response
 * @param statuses responses per HTTP status
 * @param connectErrors sockets that could not connect
 * @param readErrors failed reads
 * @param writeErrors failed writes
 * @param timeouts requests without an answer within wrk's timeout (2 s)
 * @param slotsUsed lines of the slot file taken (bookings only, else 0)
 * @param slotsExhausted the slot file ran out and lines were used again
 */
record WrkReport(long requests, long durationMicros, long p50Micros, long p99Micros, long maxMicros,
		SortedMap<Integer, Long> statuses, long connectErrors, long readErrors, long writeErrors, long timeouts,
		long slotsUsed, boolean slotsExhausted) {

	static final String PREFIX = "CAREFLOW_WRK ";

	WrkReport {
		statuses = Collections.unmodifiableSortedMap(new TreeMap<>(statuses));
	}

	/** The report line in wrk's output, which also holds wrk's own summary. */
	static WrkReport parse(String output) {
		String line = output.lines()
			.filter((candidate) -> candidate.startsWith(PREFIX))
			.reduce((first, second) -> second)
			.orElseThrow(
					() -> new IllegalArgumentException("No " + PREFIX.trim() + " line in wrk's output:\n" + output));
		Map<String, String> fields = fields(line.substring(PREFIX.length()));
		return new WrkReport(number(fields, "requests"), number(fields, "duration_us"), number(fields, "p50_us"),
				number(fields, "p99_us"), number(fields, "max_us"), statuses(fields.getOrDefault("statuses", "-")),
				number(fields, "connect"), number(fields, "read"), number(fields, "write"), number(fields, "timeout"),
				number(fields, "slots_used"), number(fields, "slots_exhausted") != 0);
	}

	double requestsPerSecond() {
		return (this.durationMicros > 0) ? this.requests * 1_000_000.0 / this.durationMicros : 0;
	}

	long count(int status) {
		return this.statuses.getOrDefault(status, 0L);
	}

	/** Statuses that are not 2xx, with their counts. */
	SortedMap<Integer, Long> errorStatuses() {
		return new TreeMap<>(this.statuses.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() < 200 || entry.getKey() > 299)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	long socketErrors() {
		return this.connectErrors + this.readErrors + this.writeErrors + this.timeouts;
	}

	/** {@code 409:3 503:1 socket:0}: every answer that is not 2xx, then socket errors. */
	String errorSummary() {
		StringBuilder summary = new StringBuilder();
		errorStatuses().forEach((status, count) -> summary.append(status).append(':').append(count).append(' '));
		return summary.append("socket:").append(socketErrors()).toString();
	}

	private static Map<String, String> fields(String text) {
		Map<String, String> fields = new TreeMap<>();
		for (String pair : text.trim().split("\\s+")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return fields;
	}

	private static long number(Map<String, String> fields, String name) {
		return Optional.ofNullable(fields.get(name)).map(Long::parseLong).orElse(0L);
	}

	/** {@code 200:1523,404:2}, or {@code -} when nothing answered. */
	private static SortedMap<Integer, Long> statuses(String text) {
		SortedMap<Integer, Long> statuses = new TreeMap<>();
		if (text.equals("-")) {
			return statuses;
		}
		for (String pair : text.split(",")) {
			String[] statusAndCount = pair.split(":");
			statuses.merge(Integer.valueOf(statusAndCount[0]), Long.valueOf(statusAndCount[1]), Long::sum);
		}
		return statuses;
	}

}
