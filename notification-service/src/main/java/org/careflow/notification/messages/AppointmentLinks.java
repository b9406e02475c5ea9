package org.careflow.notification.messages;

/**
 * The action links an email about an upcoming appointment carries.
 *
 * @param cancel opens the page that cancels it
 * @param reschedule opens the page that moves it to another free time of its doctor
 */
record AppointmentLinks(String cancel, String reschedule) {
}
