/**
 * Which doctors practise which specialty, learnt from {@code doctor.registered}: the
 * scheduling service's own projection, for searching free slots across doctors.
 */
package org.careflow.scheduling.doctors;
