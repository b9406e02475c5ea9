/**
 * Wiring: which paths are public, MongoDB mapping and indexes, the outbox collection and
 * optional demo data.
 */
package org.careflow.patient.config;
