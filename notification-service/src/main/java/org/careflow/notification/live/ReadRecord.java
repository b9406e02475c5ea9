package org.careflow.notification.live;

/**
 * One record a catch-up read: where it lies, when it was written, and its live event, or
 * null when it is none (another event type, or one this audience does not see).
 */
record ReadRecord(int partition, long offset, long timestamp, LiveEvent event) {
}
