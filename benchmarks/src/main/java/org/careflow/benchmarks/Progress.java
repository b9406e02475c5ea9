package org.careflow.benchmarks;

import java.util.Locale;

/** What the bench is doing, on the console as it goes (the results follow at the end). */
final class Progress {

	private Progress() {
	}

	static void step(String format, Object... args) {
		System.out.println("==> " + String.format(Locale.ROOT, format, args));
	}

	static void detail(String format, Object... args) {
		System.out.println("    " + String.format(Locale.ROOT, format, args));
	}

}
