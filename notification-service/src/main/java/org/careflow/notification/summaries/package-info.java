/**
 * "Your visit summary is ready": one email per visit, sent once the doctor's edits have
 * settled.
 */
package org.careflow.notification.summaries;
