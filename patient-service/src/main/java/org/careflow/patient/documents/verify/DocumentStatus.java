package org.careflow.patient.documents.verify;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a document stands, as a verification says it: "active", "filled on 2026-12-01",
 * "cancelled on 2026-12-02", "entered-in-error".
 *
 * @param state the state (FHIR-like codes)
 * @param since when it got there, if the document keeps that (shown as "… on date"); null
 * otherwise
 */
public record DocumentStatus(State state, LocalDate since) {

	public DocumentStatus {
		Objects.requireNonNull(state, "state");
	}

	public static DocumentStatus of(State state) {
		return new DocumentStatus(state, null);
	}

	public static DocumentStatus of(State state, LocalDate since) {
		return new DocumentStatus(state, since);
	}

	/** The status as one short phrase. */
	public String text() {
		return (this.since != null) ? this.state.code() + " on " + this.since : this.state.code();
	}

	/** Whether the document was withdrawn: the paper no longer stands. */
	public boolean revoked() {
		return this.state == State.CANCELLED || this.state == State.ENTERED_IN_ERROR;
	}

	/** The states a document can be in, and how a page says each. */
	public enum State {

		/** Written, in force, not filled (a prescription) or current (a record). */
		ACTIVE("active"),

		/** A prescription dispensed in part: refills or quantity remain. */
		PARTIALLY_FILLED("partially filled"),

		/** A prescription dispensed (FHIR: completed). */
		FILLED("filled"),

		/** A record's condition resolved, or a procedure performed. */
		COMPLETED("completed"),

		/** Withdrawn by its author before it was used. */
		CANCELLED("cancelled"),

		/** Written in error and withdrawn: it never stood. */
		ENTERED_IN_ERROR("entered-in-error");

		private final String code;

		State(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

}
