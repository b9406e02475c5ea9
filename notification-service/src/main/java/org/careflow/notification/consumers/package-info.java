/**
 * Kafka listeners: read events from the topics and hand them to the contact book and the
 * message planner.
 */
package org.careflow.notification.consumers;
