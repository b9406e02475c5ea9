/**
 * Work due at a time, found by the minute: what a service does on a schedule (no-shows,
 * reminders) without a query that grows with what it stores.
 */
package org.careflow.platform.sweep;
