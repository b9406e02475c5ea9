package org.careflow.doctor.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the scheduling service is, and how long a doctor's deactivation waits for it. A
 * forced retirement withdraws up to 500 bookings in one write there, hence a read timeout
 * longer than a booking's.
 */
@ConfigurationProperties("careflow.scheduling")
record SchedulingProperties(@DefaultValue("http://localhost:8083") String baseUrl,
		@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("3s") Duration readTimeout) {
}
