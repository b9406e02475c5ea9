/**
 * The service's own read model of patients' contact details and doctors' names, fed by
 * registration events.
 */
package org.careflow.notification.contacts;
