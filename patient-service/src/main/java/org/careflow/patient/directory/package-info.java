/**
 * The staff directory: doctors, nurses and admins find patients by name (a prefix of the
 * first or last name, any case, accents ignored), birth date or department, a page at a
 * time. A doctor finds only the patients in their care, unless they break the glass.
 * Every search is audited, never with what was searched for.
 */
package org.careflow.patient.directory;
