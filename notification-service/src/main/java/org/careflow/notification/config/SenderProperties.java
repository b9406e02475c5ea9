package org.careflow.notification.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.careflow.notification.messages.CalendarInvite;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the emails come from.
 *
 * @param from the From header, e.g. {@code CareFlow <no-reply@careflow.local>}
 */
@ConfigurationProperties("careflow.mail")
record SenderProperties(@DefaultValue("CareFlow <no-reply@careflow.local>") String from) {

	SenderProperties {
		organizer(from);
	}

	/** The From address as the organizer of calendar invites. */
	CalendarInvite.Organizer organizer() {
		return organizer(this.from);
	}

	private static CalendarInvite.Organizer organizer(String from) {
		try {
			InternetAddress address = new InternetAddress(from, true);
			String name = (address.getPersonal() != null) ? address.getPersonal() : "CareFlow";
			return new CalendarInvite.Organizer(name, address.getAddress());
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("careflow.mail.from (MAIL_FROM) is not an email address: " + from, ex);
		}
	}

}
