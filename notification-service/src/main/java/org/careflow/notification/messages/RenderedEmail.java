package org.careflow.notification.messages;

/**
 * An email's words, from its templates.
 *
 * @param subject one line
 * @param text the plain-text alternative, values as they are
 * @param html an HTML document, every value escaped
 */
record RenderedEmail(String subject, String text, String html) {
}
