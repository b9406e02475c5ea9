/**
 * The HTTP API: registration, own profile, profile lookup by staff; and the mapping of
 * failures to problem responses.
 */
package org.careflow.patient.web;
