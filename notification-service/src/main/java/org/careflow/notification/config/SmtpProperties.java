package org.careflow.notification.config;

import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * How the SMTP connection is secured and who signs in ({@code careflow.smtp.*}); the host
 * and port are Spring Boot's {@code spring.mail.host}/{@code port}.
 *
 * @param security {@code none} (the local stack's server), {@code starttls} (upgrade, and
 * refuse to send if the server cannot), {@code starttls-optional} (upgrade when offered),
 * {@code tls} (implicit TLS from the first byte, "SMTPS", usually port 465)
 * ({@code SMTP_SECURITY})
 * @param username sign-in name; none means no authentication ({@code SMTP_USERNAME})
 * @param password its password, no default ({@code SMTP_PASSWORD})
 * @param trust hosts whose certificate is trusted as it is, without a CA and whatever it
 * names (a test or in-house server with a self-signed certificate), space-separated; none
 * means a certificate signed by a CA the JVM trusts, naming the host ({@code SMTP_TRUST})
 */
@ConfigurationProperties("careflow.smtp")
record SmtpProperties(@DefaultValue("none") Security security, String username, String password, String trust) {

	enum Security {

		NONE, STARTTLS, STARTTLS_OPTIONAL, TLS

	}

	SmtpProperties {
		username = blankToNull(username);
		password = blankToNull(password);
		trust = blankToNull(trust);
		if ((username == null) != (password == null)) {
			throw new IllegalArgumentException(
					"SMTP_USERNAME and SMTP_PASSWORD (careflow.smtp.username/password) go together: set both or neither");
		}
	}

	/** Puts these settings on Spring Boot's sender (host, port and timeouts stay). */
	void applyTo(JavaMailSenderImpl sender) {
		Properties properties = sender.getJavaMailProperties();
		sender.setUsername(this.username);
		sender.setPassword(this.password);
		properties.setProperty("mail.smtp.auth", String.valueOf(this.username != null));
		boolean startTls = this.security == Security.STARTTLS || this.security == Security.STARTTLS_OPTIONAL;
		properties.setProperty("mail.smtp.starttls.enable", String.valueOf(startTls));
		properties.setProperty("mail.smtp.starttls.required", String.valueOf(this.security == Security.STARTTLS));
		properties.setProperty("mail.smtp.ssl.enable", String.valueOf(this.security == Security.TLS));
		if (this.trust != null) {
			// a self-signed certificate names whatever its maker chose: trusted as is
			properties.setProperty("mail.smtp.ssl.trust", this.trust);
			properties.setProperty("mail.smtp.ssl.checkserveridentity", "false");
		}
		else {
			// signed by a CA the JVM trusts, and naming the host connected to, as a
			// browser
			// checks it
			properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
