/**
 * The pages behind emails' action links ({@code /links/{token}}, reached through the
 * gateway without signing in): a GET shows what the link would do and a button, never
 * changing anything; the button's POST does it, once. A link is checked for its signature
 * and expiry, for being bound to the appointment as the email showed it (a link from
 * before a reschedule does not touch the new appointment), and for not having been used.
 */
package org.careflow.appointment.links;
