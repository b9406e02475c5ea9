package org.careflow.benchmarks;

/**
 * A number as letters (0 → A, 25 → Z, 26 → AA): names may hold letters but not digits,
 * and the bench's people need distinct names.
 */
final class Letters {

	private Letters() {
	}

	static String of(int number) {
		StringBuilder letters = new StringBuilder();
		for (int n = number + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

}
