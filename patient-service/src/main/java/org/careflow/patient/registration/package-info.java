/**
 * Self-registration: a Keycloak login and a patient profile are created together, or
 * neither is.
 */
package org.careflow.patient.registration;
