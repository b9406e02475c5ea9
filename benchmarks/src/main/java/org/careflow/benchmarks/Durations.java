package org.careflow.benchmarks;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them on a command line: {@code 10s}, {@code 2m},
 * {@code 500ms}.
 */
final class Durations {

	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

	private Durations() {
	}

	static Duration parse(String text) {
		Matcher matcher = DURATION.matcher(text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a duration: '" + text + "' (write 10s, 2m or 500ms)");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
		return switch (unit) {
			case "ms" -> Duration.ofMillis(amount);
			case "m" -> Duration.ofMinutes(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

	/** As wrk's {@code -d} wants it: whole seconds, at least one. */
	static String wrk(Duration duration) {
		return Math.max(1, duration.toSeconds()) + "s";
	}

	static String format(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

}
