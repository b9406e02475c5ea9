package org.careflow.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tells patients by email what happened to them in CareFlow, from the events the other
 * services publish. It keeps its own copy of the contacts it needs, so it keeps sending
 * while the patient and doctor services are down, and reminds them of their appointments
 * (a sweep on a schedule, hence {@code @EnableScheduling}). It also streams the
 * appointment events each user may see to the apps, live
 * ({@code GET /api/events/stream}).
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class NotificationApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationApplication.class, args);
	}

}
