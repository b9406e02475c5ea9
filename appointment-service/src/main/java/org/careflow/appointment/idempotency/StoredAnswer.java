package org.careflow.appointment.idempotency;

/**
 * The answer given to the first request with a key, as it is repeated to every retry.
 *
 * @param location the {@code Location} header, or {@code null}
 */
record StoredAnswer(int status, String contentType, String location, String body) {
}
