/**
 * What the service says to whom: which event becomes which email, its wording, and the
 * message log that makes each event send at most one email.
 */
package org.careflow.notification.messages;
