/**
 * The HTTP API: the message log a patient or an admin reads, and the dead-letter replay
 * an admin asks for.
 */
package org.careflow.notification.web;
