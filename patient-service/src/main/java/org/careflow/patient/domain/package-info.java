/**
 * The patient aggregate, its rules (email normalisation, who may view a profile) and its
 * store. No web or identity-provider types here.
 */
package org.careflow.patient.domain;
