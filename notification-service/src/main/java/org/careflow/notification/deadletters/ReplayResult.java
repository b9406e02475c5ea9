package org.careflow.notification.deadletters;

/**
 * What one replay did.
 *
 * @param topic the topic the records went back to
 * @param replayed how many records were published again
 * @param remaining how many are left on the dead-letter topic for a next replay (one
 * replay takes at most {@link DeadLetterReplay#MAX_PER_REPLAY})
 */
public record ReplayResult(String topic, long replayed, long remaining) {
}
