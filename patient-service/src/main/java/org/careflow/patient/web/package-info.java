/**
 * The HTTP API: registration, the patient's own profile and its merge patch, profile
 * lookup and change by staff; and the mapping of failures to problem responses.
 */
package org.careflow.patient.web;
