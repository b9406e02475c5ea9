/**
 * The doctor aggregate, its rules (who may change which field of a profile, when a change
 * is announced) and its store ({@link org.careflow.doctor.domain.DoctorChanges} writes
 * each change with its {@code doctor.updated} event). No web or identity-provider types
 * here.
 */
package org.careflow.doctor.domain;
