/** Wiring: security, mail sender and properties. */
package org.careflow.notification.config;
