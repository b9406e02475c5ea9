/**
 * Staff accounts (nurses, pharmacists, doctors): an admin adds one, which creates a
 * Keycloak login without a password (Keycloak emails the person a link to choose one), a
 * staff record and, for a doctor, their doctor profile; an admin lists them and
 * deactivates them. A doctor is deactivated only once the scheduling service has retired
 * them (no bookings ahead, or those withdrawn when forced).
 */
package org.careflow.doctor.staff;
