/**
 * Which doctors practise which specialty in which department, and whether they are still
 * offered, learnt from {@code doctor.registered} and {@code doctor.updated} (and the
 * retirement doctor-service asks for): the scheduling service's own projection, for
 * searching free slots across doctors; and the retirement endpoint.
 */
package org.careflow.scheduling.doctors;
