/**
 * Adding a doctor: a Keycloak login and a doctor profile are created together, or neither
 * is.
 */
package org.careflow.doctor.registration;
