package org.careflow.benchmarks;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * E1: bookings sent at a fixed rate, and how long each confirmation email took.
 *
 * @param rate bookings per second asked for
 * @param rateSource where the rate came from
 * @param seconds how long they were sent
 * @param sent bookings sent
 * @param statuses answers per HTTP status
 * @param failures bookings without an answer (I/O error or 10 s timeout)
 * @param answerMillis time from sending each booking to its answer
 * @param emailMillis time from each 201 until its email was in the SMTP server
 * @param missing 201s whose email never came
 * @param waitedSeconds how long after the last answer the bench waited for the emails
 */
record EndToEndResult(double rate, String rateSource, long seconds, long sent, SortedMap<Integer, Long> statuses,
		long failures, Percentiles answerMillis, Percentiles emailMillis, long missing, double waitedSeconds) {

	EndToEndResult {
		statuses = Collections.unmodifiableSortedMap(new TreeMap<>(statuses));
	}

}
