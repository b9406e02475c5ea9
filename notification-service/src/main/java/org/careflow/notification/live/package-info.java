/**
 * {@code GET /api/events/stream}: the appointment events a signed-in user may see, live,
 * as Server-Sent Events. Kafka is the log: each event's id is the position in
 * {@code careflow.appointments} after it, so a client that reconnects to any replica with
 * its {@code Last-Event-ID} is sent what it missed; nothing is stored here.
 */
package org.careflow.notification.live;
