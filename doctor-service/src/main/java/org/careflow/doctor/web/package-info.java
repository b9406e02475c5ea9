/**
 * The HTTP API: adding doctors (admins), the doctor directory and public profiles (anyone
 * signed in), changing profiles (the doctor their own, admins any); and the mapping of
 * failures to problem responses.
 */
package org.careflow.doctor.web;
