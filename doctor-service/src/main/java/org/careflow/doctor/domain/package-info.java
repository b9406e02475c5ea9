/**
 * The doctor aggregate, its rules and its store. No web or identity-provider types here.
 */
package org.careflow.doctor.domain;
