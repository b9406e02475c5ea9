/**
 * The HTTP API: adding doctors (admins), the doctor directory (anyone signed in); and the
 * mapping of failures to problem responses.
 */
package org.careflow.doctor.web;
