package org.careflow.localstack;

import java.time.Instant;

/**
 * One message as delivered to one recipient's mailbox.
 *
 * @param to the recipient whose mailbox holds it (envelope recipient, so Bcc counts too)
 * @param from the From header
 * @param subject the decoded subject
 * @param receivedAt when the SMTP server accepted it
 * @param body the text/plain part, or the text/html part when there is no plain one
 */
public record ReceivedMail(String to, String from, String subject, Instant receivedAt, String body) {
}
