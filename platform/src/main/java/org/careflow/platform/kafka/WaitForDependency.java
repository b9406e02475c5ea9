package org.careflow.platform.kafka;

/**
 * Marks a listener failure that says nothing about the record and everything about a
 * dependency that is away (an SMTP server down, say): the record is retried, with pauses
 * growing up to {@code careflow.kafka.retry.max-interval}, until the dependency is back —
 * never sent to the dead-letter topic, where nobody would act on it. The partition waits
 * meanwhile, which keeps its order; its records would all fail the same way.
 */
public interface WaitForDependency {

	/** Whether this failure, or one it wraps, is of this kind. */
	static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof WaitForDependency) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
