/**
 * Confirming a patient's email address through the link in CareFlow's welcome email
 * ({@code /links/email/{token}}, reached through the gateway without signing in): a GET
 * shows a page with one button and changes nothing; the button's POST marks the Keycloak
 * account's address verified, if the link is signed, unexpired, and bound to the address
 * the patient has now.
 */
package org.careflow.patient.verification;
