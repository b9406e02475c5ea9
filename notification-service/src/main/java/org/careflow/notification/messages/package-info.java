/**
 * What the service says to whom: which event becomes which email, its words (template
 * files a clinic may replace, compiled once at start), the MIME message it is sent as,
 * and the message log that makes each event send at most one email.
 */
package org.careflow.notification.messages;
