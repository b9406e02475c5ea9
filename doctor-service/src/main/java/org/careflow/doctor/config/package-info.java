/**
 * Wiring: security, MongoDB indexes, the outbox collection and optional demo data.
 */
package org.careflow.doctor.config;
