/** Wiring: security, mail sender, action-link signing and properties. */
package org.careflow.notification.config;
