/**
 * Reminders before appointments: planned from the appointment events, stored in this
 * service's database, and sent once by whichever replica claims each one when it falls
 * due.
 */
package org.careflow.notification.reminders;
