/**
 * Which optional emails a patient receives, kept with their profile and announced to
 * notification-service by event.
 */
package org.careflow.patient.preferences;
