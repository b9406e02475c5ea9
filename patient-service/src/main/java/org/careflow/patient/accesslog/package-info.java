/**
 * Who read or changed a patient's data: this service's own audit trail merged with the
 * trails of the other services that hold the patient's data (each keeps its own and
 * serves it at {@code /internal/audit}), for admins and for the patient themself.
 */
package org.careflow.patient.accesslog;
