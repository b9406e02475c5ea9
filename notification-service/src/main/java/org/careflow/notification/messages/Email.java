package org.careflow.notification.messages;

/** A plain-text email to one person. */
public record Email(String to, String subject, String body) {
}
