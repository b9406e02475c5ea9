package org.careflow.patient.chart;

import java.util.Optional;

/**
 * Why a doctor opens the chart of a patient outside their care ("breaking the glass"),
 * sent in the {@value #HEADER} header — never in the URL, as it may say something about
 * the patient's health. Kept in this service only, for the review of emergency accesses.
 */
public record EmergencyReason(String text) {

	public static final String HEADER = "X-Break-Glass-Reason";

	public static final int MAX_LENGTH = 500;

	/**
	 * @return nothing when the header is absent or blank (no emergency declared)
	 * @throws InvalidChartRequestException if it is longer than {@value #MAX_LENGTH}
	 * characters or holds control characters
	 */
	public static Optional<EmergencyReason> fromHeader(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.length() > MAX_LENGTH) {
			throw new InvalidChartRequestException(HEADER, "must be at most " + MAX_LENGTH + " characters");
		}
		if (text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidChartRequestException(HEADER, "must be plain text on one line");
		}
		return Optional.of(new EmergencyReason(text));
	}

}
