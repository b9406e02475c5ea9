/**
 * The patient aggregate, its rules (email normalisation, who may view, change or search a
 * profile, which fields a patient may change themself, the limits of each field) and its
 * store. No web or identity-provider types here.
 */
package org.careflow.patient.domain;
