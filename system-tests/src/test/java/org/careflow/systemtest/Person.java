package org.careflow.systemtest;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Someone signed in: their id (the token subject), email, and real access tokens. Access
 * tokens live five minutes in the realm, so a token older than four is replaced on use.
 */
final class Person {

	private static final Duration REFRESH_AFTER = Duration.ofMinutes(4);

	private final String id;

	private final String email;

	private final Supplier<String> signIn;

	private String token;

	private long tokenAt;

	Person(String id, String email, Supplier<String> signIn) {
		this.id = id;
		this.email = email;
		this.signIn = signIn;
	}

	String id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	/** A valid access token for this person. */
	synchronized String token() {
		if (this.token == null || System.nanoTime() - this.tokenAt > REFRESH_AFTER.toNanos()) {
			this.token = this.signIn.get();
			this.tokenAt = System.nanoTime();
		}
		return this.token;
	}

	/**
	 * Forgets the token, so the next one is fresh (after the email was verified, say).
	 */
	synchronized void signInAgain() {
		this.token = null;
	}

	@Override
	public String toString() {
		return this.email;
	}

}
