/**
 * Signed webhooks: an admin subscribes a URL to appointment event types; each matching
 * event is POSTed to it (ids, type, status, times — no health data), signed with the
 * subscription's secret, at least once, in order per appointment, retried with back-off;
 * a subscription that keeps failing is disabled, and says so.
 */
package org.careflow.notification.webhooks;
