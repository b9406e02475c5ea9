/**
 * Who is in whose care: this service's own copy, from appointment events, of which doctor
 * has (or had) an appointment with which patient. The chart's access rules ask it, so a
 * chart read never waits on another service.
 */
package org.careflow.patient.care;
