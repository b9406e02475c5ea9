/**
 * Planned emails that replicas take turns at: claimed with a lease, finished by the
 * holder, given back on failure.
 */
package org.careflow.notification.leases;
